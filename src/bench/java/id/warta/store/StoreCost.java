package id.warta.store;

import id.warta.model.Article;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What storing costs, alone: N generated articles ({@link GeneratedNews}) are made first, then
 * written with {@link Library#saveAll} in batches of 200 as the ingest writes them, and the same
 * text (headline and body) into a bare FTS5 table ({@link Fts5Floor}). Prints thread-CPU and wall
 * time per article for both, their ratio, and the library's bytes per article against the raw text.
 *
 * <pre>
 * mvn -B -q -o -DskipTests package
 * java -cp target/warta-bench.jar id.warta.store.StoreCost 5000 /tmp/store-cost
 * </pre>
 * The folder is created; the files in it are replaced.
 */
public final class StoreCost {
    private static final int BATCH = 200;

    private StoreCost() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/store-cost");
        Files.createDirectories(folder);
        GeneratedNews news = new GeneratedNews(20251125L);
        List<Article> articles = new ArrayList<>(size);
        List<String> texts = new ArrayList<>(size);
        long rawBytes = 0;
        for (int i = 0; i < size; i++) {
            Article a = news.next(i);
            articles.add(a);
            String text = a.headline() + "\n\n" + a.bodyText();
            texts.add(text);
            rawBytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        Path file = folder.resolve("library.db");
        for (String suffix : new String[]{"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(file + suffix));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        try (Library library = Library.open(file)) {
            for (int i = 0; i < size; i += BATCH) library.saveAll(articles.subList(i, Math.min(size, i + BATCH)));
        }
        double storeCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / size;
        double storeWall = (System.nanoTime() - wall) / 1e6 / size;
        long bytes = Files.size(file) + (Files.exists(Path.of(file + "-wal")) ? Files.size(Path.of(file + "-wal")) : 0);
        cpu = threads.getCurrentThreadCpuTime();
        wall = System.nanoTime();
        Fts5Floor.insert(folder.resolve("floor.db"), texts);
        double floorCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / size;
        double floorWall = (System.nanoTime() - wall) / 1e6 / size;
        System.out.printf(Locale.ROOT, "%,d articles, raw text %,d bytes per article%n", size, rawBytes / size);
        System.out.printf(Locale.ROOT, "store:      %.3f ms CPU, %.3f ms wall per article (saveAll, batches of %d)%n",
                storeCpu, storeWall, BATCH);
        System.out.printf(Locale.ROOT, "FTS5 floor: %.3f ms CPU, %.3f ms wall per article; store = %.1fx the floor (CPU)%n",
                floorCpu, floorWall, storeCpu / floorCpu);
        System.out.printf(Locale.ROOT, "library %,d bytes = %,d per article; ratio to raw text %.2f%n", bytes,
                bytes / size, (double) bytes / rawBytes);
        System.out.printf(Locale.ROOT, "load average %.1f before, %.1f after, on %d cores%n", load,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
