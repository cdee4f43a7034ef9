package id.warta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/** The generated articles on disk: plain-text files and saved web pages, as a reader would hand them to Warta. */
final class Corpus {
    /** Saved news pages are about this size with the site's chrome (the shared corpus' pages: 40–90 KB). */
    static final int PAGE_BYTES = 60_000;

    private final List<String> plain = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();
    private long plainBytes;
    private long pageBytes;

    /** Writes {@code plainCount} text files and {@code pageCount} other stories as pages under {@code folder}. */
    static Corpus write(Path folder, long seed, int plainCount, int pageCount) throws IOException {
        Corpus corpus = new Corpus();
        StoryGenerator generator = new StoryGenerator(seed);
        Path plainFolder = Files.createDirectories(folder.resolve("plain"));
        for (int i = 0; i < plainCount; i++) {
            byte[] text = StoryPrinter.plainText(generator.next(i)).getBytes(StandardCharsets.UTF_8);
            corpus.plain.add(write(plainFolder, i, ".txt", text));
            corpus.plainBytes += text.length;
        }
        Path pageFolder = Files.createDirectories(folder.resolve("html"));
        Random chrome = new Random(seed + 1);
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < pageCount; i++) {
            Story story = generator.next(plainCount + i);
            recent.add(story.headline());
            if (recent.size() > 300) recent.remove(0);
            int size = PAGE_BYTES - 10_000 + chrome.nextInt(20_000);
            byte[] page = StoryPrinter.page(story, recent, size, chrome).getBytes(StandardCharsets.UTF_8);
            corpus.pages.add(write(pageFolder, plainCount + i, ".html", page));
            corpus.pageBytes += page.length;
        }
        return corpus;
    }

    private static String write(Path folder, int n, String extension, byte[] content) throws IOException {
        // A hundred files a folder: file systems and `ls` slow down on one folder of 100,000.
        Path sub = Files.createDirectories(folder.resolve(String.format("%04d", n / 100)));
        Path file = sub.resolve(String.format("%08d%s", n, extension));
        Files.write(file, content);
        return file.toString();
    }

    List<String> plainFiles() {
        return plain;
    }

    List<String> pageFiles() {
        return pages;
    }

    long plainBytes() {
        return plainBytes;
    }

    long pageBytes() {
        return pageBytes;
    }

    /** The plain files' text, read one at a time (100,000 texts would not fit the heap at once). */
    Iterable<String> plainTexts() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < plain.size();
            }

            @Override
            public String next() {
                try {
                    return Files.readString(Path.of(plain.get(next++)), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
