package id.warta.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryLocationTest {
    private static final Path HOME = Path.of("/home/ani");

    @Test
    void linuxUsesTheXdgDataFolder() {
        assertEquals(Path.of("/home/ani/.local/share/warta/warta.db"),
                new LibraryLocation(Map.of(), "Linux", HOME).resolve(null));
        assertEquals(Path.of("/data/ani/warta/warta.db"),
                new LibraryLocation(Map.of("XDG_DATA_HOME", "/data/ani"), "Linux", HOME).resolve(null));
        assertEquals(Path.of("/home/ani/.local/share/warta/warta.db"),
                new LibraryLocation(Map.of("XDG_DATA_HOME", "relative/path"), "Linux", HOME).resolve(null),
                "a relative XDG_DATA_HOME is ignored, as the spec says");
    }

    @Test
    void macAndWindowsUseTheirOwnFolders() {
        assertEquals(Path.of("/home/ani/Library/Application Support/Warta/warta.db"),
                new LibraryLocation(Map.of(), "Mac OS X", HOME).resolve(null));
        assertEquals(Path.of("/roaming/Warta/warta.db"),
                new LibraryLocation(Map.of("APPDATA", "/roaming"), "Windows 11", HOME).resolve(""));
    }

    @Test
    void settingsLiveBesideTheDefaultLibraryOnEverySystem() {
        assertEquals(Path.of("/home/ani/.local/share/warta/settings.properties"),
                new LibraryLocation(Map.of(), "Linux", HOME).settingsFile());
        assertEquals(Path.of("/data/ani/warta/settings.properties"),
                new LibraryLocation(Map.of("XDG_DATA_HOME", "/data/ani"), "Linux", HOME).settingsFile());
        assertEquals(Path.of("/home/ani/Library/Application Support/Warta/settings.properties"),
                new LibraryLocation(Map.of(), "Mac OS X", HOME).settingsFile());
        assertEquals(Path.of("/roaming/Warta/settings.properties"),
                new LibraryLocation(Map.of("APPDATA", "/roaming"), "Windows 11", HOME).settingsFile());
        assertEquals(Path.of("/home/ani/AppData/Roaming/Warta/settings.properties"),
                new LibraryLocation(Map.of(), "Windows 10", HOME).settingsFile(), "no APPDATA: its usual place");
        LibraryLocation elsewhere = new LibraryLocation(Map.of("WARTA_DB", "/env/w.db"), "Linux", HOME);
        assertEquals(Path.of("/home/ani/.local/share/warta/settings.properties"), elsewhere.settingsFile(),
                "a library named by WARTA_DB does not move the user's settings");
    }

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        LibraryLocation location = new LibraryLocation(Map.of("WARTA_DB", "/env/w.db"), "Linux", HOME);
        assertEquals(Path.of("/opt/mine.db"), location.resolve("/opt/mine.db"));
        assertEquals(Path.of("/env/w.db"), location.resolve(null));
    }

    @Test
    void preparesOnlyTheDefaultFolder(@TempDir Path home) {
        LibraryLocation location = new LibraryLocation(Map.of(), "Linux", home);
        Path file = location.prepare(null);
        assertTrue(Files.isDirectory(file.getParent()));
        Path typo = home.resolve("no/such/folder/w.db");
        assertEquals(typo, location.prepare(typo.toString()));
        assertFalse(Files.exists(typo.getParent()));
    }
}
