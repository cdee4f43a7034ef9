package id.warta.store;

import id.warta.bench.ParsedStories;
import id.warta.model.Article;
import id.warta.model.ArticleId;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Where the storing thread's time goes, phase by phase, on articles the real parser made: K bench stories
 * are parsed once, then stored COPIES times (ids made unique per copy) in write transactions of BATCH, as
 * {@link Library#saveAll} stores them. Prints per phase thread CPU and wall per article, the commit's share,
 * and the bytes the process wrote and read (/proc/self/io), every STEP articles, so growth with size shows.
 * <pre>
 * mvn -B -q -o -DskipTests package
 * java -cp target/warta-bench.jar id.warta.store.StorePhases K COPIES BATCH FILE ["SQL run after open" ...]
 * </pre>
 */
public final class StorePhases {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String[] PHASES = {"lookup", "article+sections", "entities+mentions", "quotes", "state", "stems(java, also in index)", "index", "commit"};

    public static void main(String[] args) throws Exception {
        int k = Integer.parseInt(args[0]);
        int copies = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        Path file = Path.of(args[3]);
        for (String suffix : new String[]{"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(file + suffix));
        List<Article> parsed = ParsedStories.first(k);
        System.out.printf(Locale.ROOT, "%,d stories parsed; storing %,d in transactions of %d%n", k, k * copies, batch);
        try (Library library = Library.open(file)) {
            Connection db = library.connection();
            try (Statement s = db.createStatement()) {
                for (int i = 4; i < args.length; i++) s.execute(args[i]);
            }
            StatementCache statements = new StatementCache(db);
            ArticleRows articles = new ArticleRows(statements);
            EntityRows entities = new EntityRows(statements);
            ReaderStates states = new ReaderStates(statements);
            SearchIndex search = new SearchIndex(statements, new EntityDirectory(statements));
            long[] cpu = new long[PHASES.length];
            long[] wall = new long[PHASES.length];
            long[] io0 = io();
            long cpuAll = CPU.getCurrentThreadCpuTime();
            long wallAll = System.nanoTime();
            int n = 0;
            int step = Math.max(batch, k * copies / 5);
            for (int c = 0; c < copies; c++) {
                for (int from = 0; from < k; from += batch) {
                    try (Statement s = db.createStatement()) {
                        s.execute("BEGIN IMMEDIATE");
                    }
                    entities.forget();
                    for (Article raw : parsed.subList(from, Math.min(k, from + batch))) {
                        Article a = raw.withId(ArticleId.of(raw.headline(), raw.bodyText()) + "-" + c);
                        int p = 0;
                        long t = CPU.getCurrentThreadCpuTime(), w = System.nanoTime();
                        articles.docOf(a.id());
                        long[] m = mark(cpu, wall, p++, t, w);
                        long doc = articles.insert(a, Instant.now().toString());
                        m = mark(cpu, wall, p++, m[0], m[1]);
                        Long[] speakers = entities.insert(doc, a);
                        m = mark(cpu, wall, p++, m[0], m[1]);
                        articles.insertQuotes(doc, a.quotes(), speakers);
                        m = mark(cpu, wall, p++, m[0], m[1]);
                        states.insert(doc);
                        m = mark(cpu, wall, p++, m[0], m[1]);
                        SearchIndex.Stems.of(a);
                        m = mark(cpu, wall, p++, m[0], m[1]);
                        search.index(doc, a);
                        mark(cpu, wall, p, m[0], m[1]);
                        n++;
                    }
                    long t = CPU.getCurrentThreadCpuTime(), w = System.nanoTime();
                    try (Statement s = db.createStatement()) {
                        s.execute("COMMIT");
                    }
                    mark(cpu, wall, PHASES.length - 1, t, w);
                    if (n % step < batch) report(n, cpu, wall, io0, cpuAll, wallAll);
                }
            }
            report(n, cpu, wall, io0, cpuAll, wallAll);
            statements.close();
        }
        long bytes = Files.size(file);
        System.out.printf(Locale.ROOT, "file %,d MB = %,d B per article; load %.1f%n", bytes >> 20, bytes / (k * copies),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long[] mark(long[] cpu, long[] wall, int phase, long t, long w) {
        long t2 = CPU.getCurrentThreadCpuTime(), w2 = System.nanoTime();
        cpu[phase] += t2 - t;
        wall[phase] += w2 - w;
        return new long[]{t2, w2};
    }

    private static void report(int n, long[] cpu, long[] wall, long[] io0, long cpuAll, long wallAll) throws Exception {
        long[] io = io();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,7d: %.2f ms CPU %.2f ms wall per article |",
                n, (CPU.getCurrentThreadCpuTime() - cpuAll) / 1e6 / n, (System.nanoTime() - wallAll) / 1e6 / n));
        for (int i = 0; i < PHASES.length; i++) {
            line.append(String.format(Locale.ROOT, " %s %.3f/%.3f", PHASES[i], cpu[i] / 1e6 / n, wall[i] / 1e6 / n));
        }
        line.append(String.format(Locale.ROOT, " | wrote %,d KB read %,d KB per 100 articles, load %.1f",
                (io[1] - io0[1]) / 10 / n, (io[0] - io0[0]) / 10 / n,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(line);
    }

    /** rchar, wchar of this process (bytes passed to read/write calls, cached or not). */
    private static long[] io() throws Exception {
        long r = 0, w = 0;
        for (String l : Files.readAllLines(Path.of("/proc/self/io"))) {
            if (l.startsWith("rchar:")) r = Long.parseLong(l.substring(6).trim());
            if (l.startsWith("wchar:")) w = Long.parseLong(l.substring(6).trim());
        }
        return new long[]{r, w};
    }
}
