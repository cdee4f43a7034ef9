package id.warta.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** First start imports the articles at the top of data/, never the word lists in its subfolders. */
class SampleFilesTest {
    @Test
    void onlyTopLevelArticleFilesAreSamples(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("000_seed.txt"), "Judul\n\nIsi.");
        Files.writeString(data.resolve("001_page.html"), "<html></html>");
        Files.writeString(data.resolve("README.md"), "# data");
        Files.createDirectories(data.resolve("gazetteer"));
        Files.writeString(data.resolve("gazetteer").resolve("places.txt"), "# places\nJakarta");
        assertEquals(List.of(data.resolve("000_seed.txt").toString(), data.resolve("001_page.html").toString()),
                SampleLibrary.samples(data));
    }
}
