package id.warta.ingest;

import id.warta.model.Article;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs one import: expands folders, reads and parses every input, hands articles to a sink,
 * and reports progress. One bad input never stops the others.
 */
public final class ImportBatch {
    /** Told after each input; called from the thread running the batch. */
    public interface Progress {
        void done(int finished, int total, String input);
    }

    public record Failure(String input, String reason) {
        public String line() {
            return reason;
        }
    }

    public record Report(int stored, int duplicates, List<Failure> failures) {
        public String summary() {
            return stored + " stored, " + duplicates + " duplicates, " + failures.size() + " failed";
        }
    }

    /**
     * Where the calling thread's time went in the last run: waiting for the parsers, and storing (wall clock
     * and its own CPU time). Little waiting means storing, not parsing, sets the pace of an import.
     */
    public record Pace(long waitingNanos, long storingNanos, long storingCpuNanos) {
    }

    /**
     * Articles per write transaction when the sink takes batches. 500 and 1,000 were tried: fewer commits
     * write ~30–40% fewer bytes, but the bench showed no gain in the storing thread's CPU or in articles
     * per second, and the in-flight batches raised the peak heap by ~100 MB (docs/benchmarks.md).
     */
    static final int BATCH = 200;
    /** A batch is written at least this often, so slow inputs (links) are stored and reported as they come. */
    private static final long FLUSH_NANOS = 1_000_000_000L;

    private final InputReader reader = new InputReader();
    private final ArticlePipeline pipeline = new ArticlePipeline();
    private final int threads;
    private volatile Pace pace = new Pace(0, 0, 0);

    /** Parses on as many threads as the machine has cores. */
    public ImportBatch() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** Parses on {@code threads} threads (1: all on the caller's thread). */
    public ImportBatch(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.threads = threads;
    }

    /**
     * Reads and parses inputs on worker threads while the calling thread stores them, in input order and
     * in batches when the sink is a {@link BatchSink}. The sink and {@code progress} are only ever called
     * from the calling thread. An interrupted import stores what it parsed so far and returns.
     */
    public Report run(List<String> inputs, ArticleSink sink, Progress progress) {
        List<String> expanded = expand(inputs);
        Writer writer = new Writer(sink, progress, expanded.size());
        if (threads == 1 || expanded.size() < 2) {
            for (String input : expanded) writer.add(parse(input));
            return finish(writer, 0);
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, expanded.size()), ImportBatch::worker);
        try {
            // Parsing runs ahead of the writer by two batches and a bit, so the parsers keep both cores busy
            // while a batch is stored, even once parsing a batch takes less time than storing one.
            int window = 2 * BATCH + 4 * threads;
            ArrayDeque<Future<Parsed>> ahead = new ArrayDeque<>();
            int submitted = 0;
            long waiting = 0;
            for (int i = 0; i < expanded.size(); i++) {
                while (submitted < expanded.size() && submitted - i < window) {
                    String input = expanded.get(submitted++);
                    ahead.add(workers.submit(() -> parse(input)));
                }
                long t = System.nanoTime();
                Parsed parsed = await(ahead.poll());
                waiting += System.nanoTime() - t;
                if (parsed == null) break;
                writer.add(parsed);
            }
            return finish(writer, waiting);
        } finally {
            workers.shutdownNow();
        }
    }

    private Report finish(Writer writer, long waitingNanos) {
        Report report = writer.finish();
        pace = new Pace(waitingNanos, writer.storingNanos, writer.storingCpuNanos);
        return report;
    }

    /** Where the calling thread's time went in the last {@link #run}. */
    public Pace pace() {
        return pace;
    }

    private static Thread worker(Runnable r) {
        Thread t = new Thread(r, "warta-import");
        t.setDaemon(true);
        return t;
    }

    /** The parsed input, or null when the calling thread was interrupted. */
    private static Parsed await(Future<Parsed> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One input read and parsed: an article, or the one-line reason it could not be. */
    private record Parsed(String input, Article article, Failure failure) {
    }

    private Parsed parse(String input) {
        try {
            return new Parsed(input, pipeline.build(reader.read(input)), null);
        } catch (InputException e) {
            return new Parsed(input, null, new Failure(input, e.getMessage()));
        } catch (Exception e) {
            return new Parsed(input, null, new Failure(input, input + ": " + describe(e)));
        }
    }

    /** Stores parsed inputs in order, in batches, and reports progress once an input is stored or failed. */
    private static final class Writer {
        private static final ThreadMXBean THREAD_CPU = ManagementFactory.getThreadMXBean();
        private final ArticleSink sink;
        private final Progress progress;
        private final int total;
        private final List<Parsed> pending = new ArrayList<>();
        private final List<Failure> failures = new ArrayList<>();
        private int articles;
        private int finished;
        private int stored;
        private int duplicates;
        private long lastFlush = System.nanoTime();
        private long storingNanos;
        private long storingCpuNanos;

        Writer(ArticleSink sink, Progress progress, int total) {
            this.sink = sink;
            this.progress = progress;
            this.total = total;
        }

        void add(Parsed parsed) {
            pending.add(parsed);
            if (parsed.article() != null) articles++;
            boolean batching = sink instanceof BatchSink;
            if (!batching || articles >= BATCH || System.nanoTime() - lastFlush > FLUSH_NANOS) flush();
        }

        Report finish() {
            flush();
            return new Report(stored, duplicates, List.copyOf(failures));
        }

        private void flush() {
            List<Parsed> parsed = pending.stream().filter(p -> p.article() != null).toList();
            long t = System.nanoTime();
            long cpu = THREAD_CPU.getCurrentThreadCpuTime();
            if (!parsed.isEmpty() && !(sink instanceof BatchSink batch && savedTogether(batch, parsed))) {
                for (Parsed p : parsed) saveOne(p);
            }
            storingNanos += System.nanoTime() - t;
            storingCpuNanos += THREAD_CPU.getCurrentThreadCpuTime() - cpu;
            for (Parsed p : pending) {
                if (p.failure() != null) failures.add(p.failure());
                finished++;
                if (progress != null) progress.done(finished, total, p.input());
            }
            pending.clear();
            articles = 0;
            lastFlush = System.nanoTime();
        }

        /** False when the batch failed as a whole (nothing stored): then each is saved alone, to name the bad one. */
        private boolean savedTogether(BatchSink batch, List<Parsed> parsed) {
            try {
                int n = batch.saveAll(parsed.stream().map(Parsed::article).toList());
                stored += n;
                duplicates += parsed.size() - n;
                return true;
            } catch (Exception e) {
                return false;
            }
        }

        private void saveOne(Parsed p) {
            try {
                if (sink.save(p.article()) == ArticleSink.Outcome.STORED) stored++;
                else duplicates++;
            } catch (Exception e) {
                failures.add(new Failure(p.input(), p.input() + ": " + describe(e)));
            }
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    /** Folders become the readable files inside them (recursively, sorted); links and files stay as given. */
    static List<String> expand(List<String> inputs) {
        List<String> out = new ArrayList<>();
        for (String input : inputs) {
            Path path = isLink(input) ? null : Path.of(input);
            if (path != null && Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ImportBatch::isArticleFile).sorted()
                            .forEach(p -> out.add(p.toString()));
                } catch (IOException | UncheckedIOException e) {
                    out.add(input);
                }
            } else {
                out.add(input);
            }
        }
        return out;
    }

    static boolean isLink(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The files an import takes from a folder: plain text, saved pages and article JSON. */
    public static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".json");
    }
}
