package id.warta.store;

import id.warta.ingest.ImportBatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample articles shipped in {@code data/}, imported once into a library that starts empty,
 * so a first start shows something to read. Marked in the library so a reader who deletes
 * everything later does not get the samples back.
 */
public final class SampleLibrary {
    private static final String OFFERED = "samples_offered";

    private SampleLibrary() {
    }

    /**
     * Imports the samples when this library has never been offered them and holds no article.
     * Returns the import's report, or empty when nothing was imported (not first start, or no data/ found).
     */
    public static Optional<ImportBatch.Report> importIfFirstStart(Library library) {
        return importIfFirstStart(library, findDataFolder());
    }

    static Optional<ImportBatch.Report> importIfFirstStart(Library library, Optional<Path> data) {
        if (library.meta(OFFERED).isPresent()) return Optional.empty();
        if (library.count() > 0 || data.isEmpty()) {
            if (library.count() > 0) library.setMeta(OFFERED, "no: library was not empty");
            return Optional.empty();
        }
        ImportBatch.Report report = new ImportBatch().run(samples(data.get()), library, null);
        library.setMeta(OFFERED, "yes: " + report.summary());
        return Optional.of(report);
    }

    /**
     * The article files directly in {@code data/}. Not its subfolders: data/ also holds the
     * recogniser's gazetteers, which are word lists, not articles.
     */
    static List<String> samples(Path data) {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(Files::isRegularFile).filter(ImportBatch::isArticleFile).sorted()
                    .map(Path::toString).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** {@code data/} in the working folder, else beside the jar (or one level up, for target/warta.jar). */
    static Optional<Path> findDataFolder() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("data"));
        codeLocation().ifPresent(code -> {
            Path folder = Files.isDirectory(code) ? code : code.getParent();
            if (folder != null) {
                candidates.add(folder.resolve("data"));
                if (folder.getParent() != null) candidates.add(folder.getParent().resolve("data"));
            }
        });
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = SampleLibrary.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
