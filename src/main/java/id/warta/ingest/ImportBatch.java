package id.warta.ingest;

import id.warta.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private final InputReader reader = new InputReader();
    private final ArticlePipeline pipeline = new ArticlePipeline();

    public Report run(List<String> inputs, ArticleSink sink, Progress progress) {
        List<String> expanded = expand(inputs);
        int stored = 0;
        int duplicates = 0;
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < expanded.size(); i++) {
            String input = expanded.get(i);
            try {
                Article article = pipeline.build(reader.read(input));
                if (sink.save(article) == ArticleSink.Outcome.STORED) stored++;
                else duplicates++;
            } catch (InputException e) {
                failures.add(new Failure(input, e.getMessage()));
            } catch (Exception e) {
                failures.add(new Failure(input, input + ": " + describe(e)));
            }
            if (progress != null) progress.done(i + 1, expanded.size(), input);
        }
        return new Report(stored, duplicates, List.copyOf(failures));
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

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".json");
    }
}
