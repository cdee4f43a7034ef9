package id.warta.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsFileTest {
    @Test
    void anEarlierVersionsSettingsAreCarriedOverOnceWhenThereIsNoFile(@TempDir Path data) throws Exception {
        java.util.prefs.Preferences old = java.util.prefs.Preferences.userRoot().node("/id/warta/test-adopt-" + System.nanoTime());
        try {
            new Settings(old).theme(Theme.DARK);
            old.putDouble("window.width", 1111);
            Path file = data.resolve("settings.properties");
            Settings adopted = new Settings(new SettingsFile(file).adopting(old));
            assertEquals(Theme.DARK, adopted.theme());
            assertEquals(1111, adopted.windowWidth());
            assertTrue(Files.exists(file), "written at once, so the next start reads the file");

            adopted.theme(Theme.LIGHT);
            adopted.flush();
            Settings later = new Settings(new SettingsFile(file).adopting(old));
            assertEquals(Theme.LIGHT, later.theme(), "an existing file wins over the old store");
        } finally {
            old.removeNode();
        }
    }

    @Test
    void whatIsSavedIsReadBackByTheNextRun(@TempDir Path data) throws Exception {
        Path file = data.resolve("warta").resolve("settings.properties"); // the folder does not exist yet
        Settings first = new Settings(new SettingsFile(file));
        first.windowSize(1024, 700);
        first.theme(Theme.DARK);
        first.language(Locale.ENGLISH);
        first.dividers(new double[]{0.2, 0.5});
        first.lastArticle("Tangerang–pemulihan ✓"); // not Latin-1: the file is UTF-8
        first.flush();

        Settings next = new Settings(new SettingsFile(file));
        assertEquals(1024, next.windowWidth());
        assertEquals(700, next.windowHeight());
        assertEquals(Theme.DARK, next.theme());
        assertEquals("en", next.language().getLanguage());
        assertArrayEquals(new double[]{0.2, 0.5}, next.dividers());
        assertEquals("Tangerang–pemulihan ✓", next.lastArticle());
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    @Test
    void noFileMeansTheDefaults(@TempDir Path data) {
        Settings settings = new Settings(new SettingsFile(data.resolve("settings.properties")));
        assertEquals(1360, settings.windowWidth());
        assertEquals(Theme.LIGHT, settings.theme());
        assertNull(settings.lastArticle());
        assertFalse(Files.exists(data.resolve("settings.properties")), "reading writes nothing");
    }

    @Test
    void aDamagedFileCostsOnlyTheDefaultsAndIsRewritten(@TempDir Path data) throws Exception {
        Path file = data.resolve("settings.properties");
        Files.write(file, new byte[]{'w', 'i', 'n', 'd', 'o', 'w', '.', 'w', 'i', 'd', 't', 'h', '=', '\\', 'u', '1', 'x'});
        Settings settings = new Settings(new SettingsFile(file));
        assertEquals(1360, settings.windowWidth());
        settings.windowSize(900, 600);
        settings.flush();
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("window.width=900"));
    }

    @Test
    void removingTheLastArticleRemovesItsLine(@TempDir Path data) throws Exception {
        Path file = data.resolve("settings.properties");
        Settings settings = new Settings(new SettingsFile(file));
        settings.lastArticle("abc");
        settings.flush();
        settings.lastArticle(null);
        settings.flush();
        assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("lastArticle"));
        assertNull(new Settings(new SettingsFile(file)).lastArticle());
    }
}
