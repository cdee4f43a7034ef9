package id.warta.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleLibraryTest {
    @TempDir
    Path dir;

    @Test
    void importsTheSamplesOnceIntoAnEmptyLibrary() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("a.txt"), "Judul Pertama\n\nIsi berita pertama.\n");
        Files.writeString(data.resolve("b.txt"), "Judul Kedua\n\nIsi berita kedua.\n");
        Path lists = Files.createDirectories(data.resolve("gazetteer"));
        Files.writeString(lists.resolve("places.txt"), "Anchorage\nAlaska\n\nTangerang\n");
        try (Library library = Library.open(dir.resolve("w.db"))) {
            var report = SampleLibrary.importIfFirstStart(library, Optional.of(data)).orElseThrow();
            assertEquals(2, report.stored());
            assertEquals(2, library.count());
            library.delete(library.list().get(0).id());
            library.delete(library.list().get(0).id());
            assertTrue(SampleLibrary.importIfFirstStart(library, Optional.of(data)).isEmpty(),
                    "a reader who emptied the library does not get the samples back");
            assertEquals(0, library.count());
        }
    }

    @Test
    void aLibraryWithArticlesGetsNoSamples() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("a.txt"), "Judul Pertama\n\nIsi berita pertama.\n");
        try (Library library = Library.open(dir.resolve("w.db"))) {
            library.save(Articles.full());
            assertTrue(SampleLibrary.importIfFirstStart(library, Optional.of(data)).isEmpty());
            assertEquals(1, library.count());
        }
    }

    @Test
    void noDataFolderIsFine() {
        try (Library library = Library.open(dir.resolve("w.db"))) {
            assertTrue(SampleLibrary.importIfFirstStart(library, Optional.empty()).isEmpty());
            assertEquals(0, library.count());
        }
    }

    @Test
    void findsDataInTheWorkingFolder() {
        // Tests run in the project folder, which has data/ with the seed.
        assertEquals(Path.of("data"), SampleLibrary.findDataFolder().orElseThrow());
    }
}
