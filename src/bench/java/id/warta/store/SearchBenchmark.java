package id.warta.store;

import id.warta.bench.QueryMix;
import id.warta.model.Article;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Search latency on a large library. Builds (or reuses) a library of generated articles, then
 * runs a fixed mix of 10 queries — words, a phrase, filters and combinations — and prints
 * p50/p95/p99 latency over all runs, and per query. Target: p95 ≤ 20 ms on the 2-core machine.
 *
 * <pre>
 * mvn -B -q -o -DskipTests package
 * java -Xmx2g -cp target/warta-bench.jar id.warta.store.SearchBenchmark 100000 target/bench/warta-bench.db
 * </pre>
 * An existing file with that many articles is reused, so search can be re-measured without rebuilding.
 */
public final class SearchBenchmark {
    static final List<String> QUERIES = QueryMix.QUERIES;
    private static final int WARMUP_ROUNDS = 3;
    private static final int ROUNDS = 30;
    private static final int PAGE = 20;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path file = Path.of(args.length > 1 ? args[1] : "target/bench/warta-bench.db");
        Files.createDirectories(file.toAbsolutePath().getParent());
        long opening = System.nanoTime();
        try (Library library = Library.open(file)) {
            // opening an older library upgrades it first (schema steps, index conversion): say how long that took
            System.out.printf(Locale.ROOT, "opened %s in %.1f s%n", file, (System.nanoTime() - opening) / 1e9);
            if (library.count() != size) build(library, size, file);
            else System.out.printf(Locale.ROOT, "reusing %s: %d articles%n", file, size);
            measure(library);
        }
    }

    private static void build(Library library, int size, Path file) throws Exception {
        if (library.count() != 0) throw new IllegalStateException(file + " holds another library; remove it first");
        GeneratedNews news = new GeneratedNews(20250818L);
        long start = System.nanoTime();
        List<Article> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(news.next(i));
            if (batch.size() == 1000 || i == size - 1) {
                library.saveAll(batch);
                batch.clear();
            }
            if ((i + 1) % 10_000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d articles, %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
            }
        }
        System.out.printf(Locale.ROOT, "built %,d articles in %.0f s; %s is %,d MB%n", library.count(),
                (System.nanoTime() - start) / 1e9, file, Files.size(file) / 1_000_000);
    }

    /**
     * Wall-clock latency is what a person waits; the thread's CPU time is printed beside it because
     * on a shared machine the wall clock also counts time spent waiting for a core.
     */
    private static void measure(Library library) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        QueryMix.Timings timings = QueryMix.time(q -> library.search(q, PAGE).size(), WARMUP_ROUNDS, ROUNDS);
        double[][] perQuery = timings.wall();
        double[][] perQueryCpu = timings.cpu();
        int[] hits = timings.hits();
        double[] all = timings.allWall();
        double[] allCpu = timings.allCpu();
        for (int q = 0; q < QUERIES.size(); q++) {
            System.out.printf(Locale.ROOT, "  wall p50 %6.2f p95 %6.2f ms, CPU p50 %6.2f p95 %6.2f ms, %2d hits  %s%n",
                    percentile(perQuery[q], 50), percentile(perQuery[q], 95), percentile(perQueryCpu[q], 50),
                    percentile(perQueryCpu[q], 95), hits[q], QUERIES.get(q));
        }
        System.out.printf(Locale.ROOT, "all %d searches, wall clock: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms"
                        + " (target p95 <= 20 ms)%n", all.length, percentile(all, 50), percentile(all, 95),
                percentile(all, 99));
        System.out.printf(Locale.ROOT, "all %d searches, thread CPU:  p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                allCpu.length, percentile(allCpu, 50), percentile(allCpu, 95), percentile(allCpu, 99));
        System.out.printf(Locale.ROOT, "load average %.1f before, %.1f after, on %d cores%n", load,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    static double percentile(double[] values, int p) {
        return QueryMix.percentile(values, p);
    }
}
