package id.warta.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the bytes of one input file, refusing what cannot be an article before any reader sees it:
 * a missing file, a folder, a file over the size limit, an empty or whitespace-only file, and
 * binary files (images, archives, executables, anything with NUL bytes outside UTF-16 text).
 * The size limit is 10 MB unless the system property {@value #MAX_BYTES_PROPERTY} says otherwise
 * ({@code -Dwarta.maxBytes=50m}, suffixes k/m/g, or a plain byte count); the size is checked
 * before reading, so a 50 MB file is refused without being loaded.
 */
public final class InputBytes {
    public static final String MAX_BYTES_PROPERTY = "warta.maxBytes";
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** How much of a file is looked at for NUL bytes: binary formats show them in their first kilobytes. */
    private static final int BINARY_SCAN = 8192;

    private final long maxBytes;

    public InputBytes(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** The limit from {@value #MAX_BYTES_PROPERTY}, else 10 MB. */
    public static InputBytes configured() {
        return new InputBytes(parseLimit(System.getProperty(MAX_BYTES_PROPERTY)));
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The file's bytes, or a one-line {@link InputException} naming {@code input} and why it is refused. */
    public byte[] read(Path path, String input) throws InputException {
        if (!Files.exists(path)) throw new InputException(input, "no such file");
        if (Files.isDirectory(path)) throw new InputException(input, "is a folder, not a file");
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InputException(input, "the file is " + describeSize(size) + ", over the limit of "
                        + describeSize(maxBytes) + " (set -D" + MAX_BYTES_PROPERTY + " to change it)");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(input, "cannot be read (" + e.getClass().getSimpleName() + ")", e);
        } catch (OutOfMemoryError e) {
            throw new InputException(input, "the file is too large to read into memory");
        }
        // A file can grow between the size check and the read.
        if (bytes.length > maxBytes) throw new InputException(input, "the file is over the limit of " + describeSize(maxBytes));
        if (bytes.length == 0) throw new InputException(input, "the file is empty");
        Optional<String> binary = binaryKind(bytes);
        if (binary.isPresent()) throw new InputException(input, "not text but " + binary.get());
        if (isBlank(TextDecoding.decode(bytes))) throw new InputException(input, "the file holds only whitespace");
        return bytes;
    }

    /** Blank counting no-break and other Unicode spaces, which {@link String#isBlank} does not. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B');
    }

    /** What binary thing the bytes are ("a PNG image"), or empty when they may be text. */
    static Optional<String> binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) return Optional.of("a PNG image");
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) return Optional.of("a JPEG image");
        if (startsWith(b, 'G', 'I', 'F', '8')) return Optional.of("a GIF image");
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') {
            return Optional.of("a WebP image");
        }
        if (startsWith(b, 'B', 'M') && b.length > 14 && hasNul(b)) return Optional.of("a BMP image");
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) return Optional.of("a zip or jar archive");
        if (startsWith(b, 0x1F, 0x8B)) return Optional.of("a gzip archive");
        if (startsWith(b, '%', 'P', 'D', 'F')) return Optional.of("a PDF document");
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) return Optional.of("a program (ELF)");
        if (startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) return Optional.of("a Java class file");
        if (startsWith(b, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f')) return Optional.of("an SQLite database");
        if (TextDecoding.utf16Bom(b).isEmpty() && !TextDecoding.looksLikeUtf16(b) && hasNul(b)) {
            return Optional.of("binary data (it contains NUL bytes)");
        }
        return Optional.empty();
    }

    private static boolean hasNul(byte[] b) {
        int n = Math.min(b.length, BINARY_SCAN);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != (magic[i] & 0xFF)) return false;
        }
        return true;
    }

    /** "10 MB", "512 KB", "37 bytes". */
    static String describeSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
        if (bytes >= 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        if (bytes >= 1024) return bytes / 1024 + " KB";
        return bytes + " bytes";
    }

    /** "10m", "500k", "2g", "12345"; null or blank is the default; anything else is an error naming the property. */
    static long parseLimit(String value) {
        if (value == null || value.isBlank()) return DEFAULT_MAX_BYTES;
        String v = value.strip().toLowerCase(Locale.ROOT).replace("b", "");
        long unit = 1;
        char last = v.isEmpty() ? ' ' : v.charAt(v.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1024L : last == 'm' ? 1024L * 1024 : 1024L * 1024 * 1024;
            v = v.substring(0, v.length() - 1).strip();
        }
        try {
            long n = Long.parseLong(v);
            if (n <= 0) throw new NumberFormatException();
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(MAX_BYTES_PROPERTY + ": not a size: " + value);
        }
    }
}
