package id.warta.store;

import id.warta.bench.QueryMix;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.sqlite.SQLiteConfig;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * Search latency on an existing library file (e.g. one {@code warta bench} built from parsed
 * articles), split into ranking (parse, plan, the SQL) and cutting snippets, per query of
 * {@link QueryMix}: p50/p95 of wall clock and thread CPU. It only reads the file.
 *
 * <pre>
 * mvn -B -q -o -DskipTests package
 * java -cp target/warta-bench.jar id.warta.store.LibrarySearchTimes /tmp/search100k.db [rounds] ["SQL to time" …]
 * </pre>
 * Extra arguments are SQL statements, each run as often and timed the same way (to try plan variants).
 */
public final class LibrarySearchTimes {
    private static final int WARMUP_ROUNDS = 3;
    private static final int PAGE = 20;

    private LibrarySearchTimes() {
    }

    public static void main(String[] args) throws Exception {
        String file = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);   // search may still make its temporary views (WordFrequencies)
        try (Connection db = readOnly.createConnection("jdbc:sqlite:" + file);
             StatementCache statements = new StatementCache(db)) {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA cache_size = -65536");   // as Library opens it
            }
            SearchIndex index = new SearchIndex(statements, new EntityDirectory(statements));
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf(Locale.ROOT, "%-52s %21s %21s %21s%n", "query (hits)", "rank wall/CPU p50", "rank wall/CPU p95",
                    "snippets CPU p50/p95");
            double[] total = new double[rounds * QueryMix.QUERIES.size()];
            int n = 0;
            for (String query : QueryMix.QUERIES) {
                for (int r = 0; r < WARMUP_ROUNDS; r++) index.search(query, PAGE);
                double[] wall = new double[rounds];
                double[] cpu = new double[rounds];
                double[] snipCpu = new double[rounds];
                int hits = 0;
                for (int r = 0; r < rounds; r++) {
                    long w0 = System.nanoTime();
                    long c0 = cpuNanos();
                    SearchIndex.Ranked ranked = index.ranked(query, PAGE);
                    long c1 = cpuNanos();
                    long w1 = System.nanoTime();
                    if (ranked != null) hits = index.withSnippets(ranked).size();
                    long c2 = cpuNanos();
                    long w2 = System.nanoTime();
                    wall[r] = (w1 - w0) / 1e6;
                    cpu[r] = (c1 - c0) / 1e6;
                    snipCpu[r] = (c2 - c1) / 1e6;
                    total[n++] = (w2 - w0) / 1e6;
                }
                if (System.getProperty("plans") != null) {
                    SearchPlan plan = new SearchPlan(QueryParser.parse(query).orElseThrow(), new EntityDirectory(statements));
                    System.out.println("  match " + plan.match + "  rank " + plan.rankMatch + "  where " + plan.where);
                }
                System.out.printf(Locale.ROOT, "%-52s %10.2f/%-10.2f %10.2f/%-10.2f %10.2f/%-10.2f%n",
                        query + " (" + hits + ")", p(wall, 50), p(cpu, 50), p(wall, 95), p(cpu, 95), p(snipCpu, 50), p(snipCpu, 95));
            }
            System.out.printf(Locale.ROOT, "all searches with snippets, wall: p50 %.2f p95 %.2f p99 %.2f ms%n",
                    p(total, 50), p(total, 95), p(total, 99));
            for (int i = 2; i < args.length; i++) time(db, args[i], rounds);
            System.out.printf(Locale.ROOT, "load average %.2f before, %.2f after%n", load,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void time(Connection db, String sql, int rounds) throws Exception {
        double[] cpu = new double[rounds];
        long rows = 0;
        try (Statement s = db.createStatement()) {
            try (ResultSet plan = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                while (plan.next()) System.out.println("  plan: " + plan.getString(4));
            }
            for (int r = -WARMUP_ROUNDS; r < rounds; r++) {
                long c0 = cpuNanos();
                rows = 0;
                try (ResultSet q = s.executeQuery(sql)) {
                    while (q.next()) rows++;
                }
                if (r >= 0) cpu[r] = (cpuNanos() - c0) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "  CPU p50 %.2f p95 %.2f ms, %d rows: %s%n", p(cpu, 50), p(cpu, 95), rows, sql);
    }

    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadCpuTime();
    }

    private static double p(double[] values, int p) {
        return QueryMix.percentile(values, p);
    }
}
