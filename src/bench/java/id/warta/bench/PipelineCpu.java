package id.warta.bench;

import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.InputReader;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * CPU cost of reading and parsing one input (reader, layout, entities, quotes, summaries; no store),
 * on one thread, after a warm-up pass so the JIT has compiled the hot code: the figure a fix to the parsing
 * pipeline changes, free of the storing thread, the JIT threads and the neighbours' load.
 * {@code java -cp target/warta-bench.jar id.warta.bench.PipelineCpu [ARTICLES] [PAGES] [ROUNDS]}
 */
public final class PipelineCpu {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("warta-pipeline");
        try {
            Corpus corpus = Corpus.write(work, 20251125L, articles, pages);
            measure("plain text", corpus.plainFiles(), rounds);
            if (pages > 0) measure("HTML pages", corpus.pageFiles(), rounds);
        } finally {
            Corpus.delete(work);
        }
    }

    /** One warm-up pass, then the best of {@code rounds} passes (the least disturbed by other work). */
    private static void measure(String what, List<String> files, int rounds) throws Exception {
        InputReader reader = new InputReader();
        ArticlePipeline pipeline = new ArticlePipeline();
        pass(files, reader, pipeline);
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) best = Math.min(best, pass(files, reader, pipeline));
        System.out.println(String.format(Locale.ROOT, "%s: %,d inputs, %.2f ms CPU per input (best of %d warm passes, one thread, no store)",
                what, files.size(), best / files.size(), rounds));
    }

    /** CPU milliseconds of this thread for one pass over the files. */
    private static double pass(List<String> files, InputReader reader, ArticlePipeline pipeline) throws Exception {
        long start = CPU.getCurrentThreadCpuTime();
        for (String f : files) pipeline.build(reader.read(f));
        return (CPU.getCurrentThreadCpuTime() - start) / 1e6;
    }
}
