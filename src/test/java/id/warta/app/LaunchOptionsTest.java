package id.warta.app;

import id.warta.store.LibraryLocation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LaunchOptionsTest {
    private final LibraryLocation location = new LibraryLocation(Map.of("WARTA_DB", "/env/lib.db"), "linux", Path.of("/home/x"));

    @Test
    void dbOptionWinsInBothSpellings() {
        assertEquals(Path.of("/tmp/a.db"), LaunchOptions.parse(List.of("--db", "/tmp/a.db")).database(location));
        assertEquals(Path.of("/tmp/b.db"), LaunchOptions.parse(List.of("--db=/tmp/b.db")).database(location));
    }

    @Test
    void withoutItTheEnvironmentDecides() {
        assertEquals(Path.of("/env/lib.db"), LaunchOptions.parse(List.of()).database(location));
    }
}
