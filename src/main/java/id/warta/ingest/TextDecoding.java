package id.warta.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text file into clean text. The encoding is, in order: the one a byte-order
 * mark names (UTF-8, UTF-16LE, UTF-16BE); UTF-16 without a mark when every other byte is NUL;
 * UTF-8 when the bytes are valid UTF-8; else Windows-1252, which older Windows editors save and
 * which decodes every printable ISO-8859-1 character the same way. Control characters are then
 * removed, except tab and line ends (a lone CR becomes a line end), so no reader sees them.
 * Letters of every script stay, right-to-left ones and the marks that order them included.
 */
public final class TextDecoding {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    public static String decode(byte[] bytes) {
        return clean(undecoratedText(bytes));
    }

    private static String undecoratedText(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        Optional<Charset> utf16 = utf16Bom(b);
        if (utf16.isPresent()) return new String(b, 2, b.length - 2, utf16.get());
        if (looksLikeUtf16(b)) {
            return new String(b, nulsAtOddPositions(b) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        }
        return new String(b, PageCharset.isUtf8(b) ? StandardCharsets.UTF_8 : WINDOWS_1252);
    }

    /** UTF-16LE or BE when the bytes start with that byte-order mark. */
    static Optional<Charset> utf16Bom(byte[] b) {
        if (b.length < 2) return Optional.empty();
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        if (b0 == 0xFF && b1 == 0xFE) return Optional.of(StandardCharsets.UTF_16LE);
        if (b0 == 0xFE && b1 == 0xFF) return Optional.of(StandardCharsets.UTF_16BE);
        return Optional.empty();
    }

    /**
     * Latin-script UTF-16 without a mark: an even length, and NULs in (nearly) every byte of one
     * parity and none in the other. Binary files have NULs scattered over both.
     */
    static boolean looksLikeUtf16(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) return false;
        int n = Math.min(b.length, 8192);
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) evenNuls++;
                else oddNuls++;
            }
        }
        int half = n / 2;
        return (evenNuls == 0 && oddNuls >= half * 0.9) || (oddNuls == 0 && evenNuls >= half * 0.9);
    }

    private static boolean nulsAtOddPositions(byte[] b) {
        return b[1] == 0;
    }

    /**
     * Removes C0 and C1 control characters except tab and line feed, a stray byte-order mark, and the
     * replacement character left by undecodable bytes; CR LF and lone CR become LF.
     */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') i++;
            } else if (c == '\t' || c == '\n' || !dropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean dropped(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\uFFFD';
    }
}
