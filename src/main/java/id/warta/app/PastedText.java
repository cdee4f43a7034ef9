package id.warta.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pasted article text, written to a scratch file so it is read exactly as a saved .txt file is. */
final class PastedText {
    private PastedText() {
    }

    static Path write(String text, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, "tempel-", ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover scratch file in the temp folder is harmless.
        }
    }
}
