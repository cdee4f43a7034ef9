package id.warta.bench;

import id.warta.ingest.ImportBatch;
import id.warta.store.Fts5Floor;
import id.warta.store.Library;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The performance benchmark behind {@code warta bench}: writes a seeded corpus, ingests it through the
 * whole pipeline (read, parse, entities, summaries, store) as plain text and as web pages, and prints
 * throughput, peak heap, search latency, open-and-list time, database size and the FTS5 floor,
 * each against its target.
 */
public final class Bench {
    private static final long SEED = 20251125L;
    private static final int SEARCH_WARMUP = 3;
    private static final int SEARCH_ROUNDS = 30;
    private static final int SEARCH_PAGE = 20;
    private static final int FIRST_PAGE = 100;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final int articles;
    private final int pages;
    private final int threads;
    private final Path db;
    private final PrintWriter out;
    private double lastCpu;
    private double plainCpu;

    public Bench(int articles, int pages, int threads, Path db, PrintWriter out) {
        this.articles = articles;
        this.pages = pages;
        this.threads = threads;
        this.db = db;
        this.out = out;
    }

    /** Runs every measurement; the library files stay for inspection, the corpus is deleted. */
    public void run() throws IOException {
        Path work = Files.createTempDirectory("warta-bench");
        try {
            long t = System.nanoTime();
            Corpus corpus = Corpus.write(work, SEED, articles, pages);
            print("corpus: %,d text files (%,d MB), %,d pages (%,d MB, %,d KB each) written in %.0f s",
                    articles, corpus.plainBytes() >> 20, pages, corpus.pageBytes() >> 20,
                    pages == 0 ? 0 : corpus.pageBytes() / pages / 1000, seconds(t));
            long plainNanos = ingest("plain-text ingest", corpus.plainFiles(), db, 1_000);
            plainCpu = lastCpu;
            if (pages > 0) ingest("HTML page ingest", corpus.pageFiles(), pageLibrary(), 300);
            openAndList();
            size(corpus);
            floor(corpus, work, plainNanos);
            search();
        } finally {
            Corpus.delete(work);
        }
    }

    /** The web pages go into their own library beside the main one, which keeps exactly N articles. */
    private Path pageLibrary() {
        String name = db.getFileName().toString().replaceFirst("\\.db$", "");
        return db.resolveSibling(name + "-pages.db");
    }

    private long ingest(String what, List<String> files, Path file, int target) {
        System.gc();
        long start;
        ImportBatch.Report report;
        long used;
        long live;
        ImportBatch.Pace pace;
        try (Library library = Library.open(file); HeapPeak heap = new HeapPeak()) {
            start = System.nanoTime();
            long cpuStart = cpuNanos();
            ImportBatch batch = new ImportBatch(threads);
            report = batch.run(files, library, null);
            pace = batch.pace();
            long nanos = System.nanoTime() - start;
            double cpu = (cpuNanos() - cpuStart) / 1e9;
            used = heap.peakUsed();
            live = heap.peakLive();
            double rate = files.size() / (nanos / 1e9);
            print("%s: %,d files in %.1f s = %,.0f /s (target >= %,d /s: %s), %s, %d threads",
                    what, files.size(), nanos / 1e9, rate, target, verdict(rate >= target), report.summary(), threads);
            print("  CPU %.1f s = %.1f ms per file; on %d idle cores at most %,.0f /s (load average now %.1f)",
                    cpu, cpu * 1000 / files.size(), CORES, files.size() / (cpu / CORES), loadAverage());
            print("  storing thread: stored for %.1f s (%.1f s CPU = %.2f ms per file), waited %.1f s for the parsers",
                    pace.storingNanos() / 1e9, pace.storingCpuNanos() / 1e9, pace.storingCpuNanos() / 1e6 / files.size(),
                    pace.waitingNanos() / 1e9);
            for (ImportBatch.Failure f : report.failures().stream().limit(3).toList()) print("  failed: %s", f.line());
            print("  peak heap %,d MB in use, %,d MB most left after a collection (max heap %,d MB; target <= 512 MB: %s)",
                    used >> 20, live >> 20, Runtime.getRuntime().maxMemory() >> 20, verdict(used <= 512L << 20));
            lastCpu = cpu;
            return nanos;
        }
    }

    private void openAndList() {
        long start = System.nanoTime();
        try (Library library = Library.open(db)) {
            double open = millis(start);
            long listStart = System.nanoTime();
            int n = library.list(0, FIRST_PAGE).size();
            double first = millis(listStart);
            print("open library %.0f ms + first %d of %,d articles %.0f ms = %.0f ms (first page target <= 300 ms: %s)",
                    open, n, library.count(), first, open + first, verdict(open + first <= 300));
            long allStart = System.nanoTime();
            int all = library.list().size();
            print("  (the whole list, %,d entries: %.0f ms)", all, millis(allStart));
        }
    }

    private void size(Corpus corpus) throws IOException {
        long bytes = Files.size(db) + sizeIfExists(db.resolveSibling(db.getFileName() + "-wal"));
        double ratio = (double) bytes / corpus.plainBytes();
        print("database %,d MB = %,d bytes per article; raw text %,d bytes per article; ratio %.2f (target <= 3: %s)",
                bytes >> 20, bytes / articles, corpus.plainBytes() / articles, ratio, verdict(ratio <= 3));
    }

    private static long sizeIfExists(Path p) throws IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    private void floor(Corpus corpus, Path work, long plainNanos) {
        long cpuStart = cpuNanos();
        long nanos = Fts5Floor.insert(work.resolve("floor.db"), corpus.plainTexts());
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        double ratio = (double) plainNanos / nanos;
        print("FTS5 floor: same %,d texts into a bare FTS5 table, one transaction: %.1f s = %,.0f /s; "
                        + "plain ingest takes %.1f x the floor (target <= 3: %s)",
                articles, nanos / 1e9, articles / (nanos / 1e9), ratio, verdict(ratio <= 3));
        print("  floor CPU %.1f s; plain ingest CPU %.1f s = %.1f x the floor's CPU", cpu, plainCpu, plainCpu / cpu);
    }

    private void search() {
        try (Library library = Library.open(db)) {
            List<String> queries = QueryMix.QUERIES;
            QueryMix.Timings timings = QueryMix.time(q -> library.search(q, SEARCH_PAGE).size(), SEARCH_WARMUP, SEARCH_ROUNDS);
            double[][] perQuery = timings.wall();
            int[] hits = timings.hits();
            double[] all = timings.allWall();
            double[] cpu = timings.allCpu();
            for (int q = 0; q < queries.size(); q++) {
                print("  p50 %6.2f ms  p95 %6.2f ms  %2d hits  %s", QueryMix.percentile(perQuery[q], 50),
                        QueryMix.percentile(perQuery[q], 95), hits[q], queries.get(q));
            }
            double p95 = QueryMix.percentile(all, 95);
            print("search, %d runs of the 10-query mix: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (target p95 <= 20 ms: %s)",
                    all.length, QueryMix.percentile(all, 50), p95, QueryMix.percentile(all, 99), verdict(p95 <= 20));
            // SQLite runs on the calling thread, so its CPU time is the search's cost without the neighbours' load.
            print("  CPU per search: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (load average now %.1f)",
                    QueryMix.percentile(cpu, 50), QueryMix.percentile(cpu, 95), QueryMix.percentile(cpu, 99), loadAverage());
        }
    }

    /**
     * This process' CPU time. On a machine shared with other work the wall clock measures the neighbours too;
     * CPU time says what the work itself costs.
     */
    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private void print(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
