package id.warta.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Picks the reader for one input (a file path or a link) and returns its Draft.
 * The one place that knows which input kinds exist.
 */
public final class InputReader {
    private final PlainTextReader plainText = new PlainTextReader();

    public Draft read(String input) throws InputException {
        Path path = Path.of(input);
        if (!Files.exists(path)) throw new InputException(input, "no such file");
        if (Files.isDirectory(path)) throw new InputException(input, "is a folder, not a file");
        // Size limit, empty and binary files, encodings and control characters: see InputBytes, TextDecoding.
        byte[] bytes = InputBytes.configured().read(path, input);
        return plainText.read(TextDecoding.decode(bytes), input);
    }
}
