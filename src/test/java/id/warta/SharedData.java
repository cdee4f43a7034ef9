package id.warta;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared} (the corpora beside the checkout). Evaluation tests call
 * {@link #require(String)}, which skips the test with a clear message when the material is absent,
 * so a lone clone still passes {@code mvn verify}.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String override = System.getProperty("warta.shared");
        if (override != null) return Path.of(override);
        return Path.of("").toAbsolutePath().getParent().resolve("shared");
    }

    /** The file or folder at {@code relative} under shared/, or skip the calling test. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "skipped: " + path + " is absent (../shared not beside the checkout)");
        return path;
    }
}
