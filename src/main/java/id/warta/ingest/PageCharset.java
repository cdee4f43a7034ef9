package id.warta.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a web page. The charset comes from the HTTP header, else from the page's
 * {@code <meta>} tag, else UTF-8 when the bytes are valid UTF-8, else windows-1252. One correction:
 * browsers re-encode pages to UTF-8 when saving them but leave the old meta tag in place, so a page
 * whose meta names a single-byte charset (iso-8859-1…) but whose bytes are valid UTF-8 with
 * multi-byte sequences is read as UTF-8; such sequences almost never occur in real Latin-1 text.
 */
final class PageCharset {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN = 8192;

    private PageCharset() {
    }

    static String decode(byte[] bytes, String headerCharset) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        Charset header = named(headerCharset);
        if (header != null) return new String(bytes, header);
        Charset meta = named(metaCharset(bytes));
        boolean utf8 = isUtf8(bytes);
        if (meta != null && !(utf8 && singleByte(meta) && hasMultiByte(bytes))) return new String(bytes, meta);
        return new String(bytes, utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"));
    }

    /** The charset named by a {@code <meta>} tag near the top of the page, or null. */
    static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    static Charset named(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().toLowerCase(Locale.ROOT);
        // As browsers do (WHATWG Encoding): Latin-1 labels mean windows-1252.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) n = "windows-1252";
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean singleByte(Charset c) {
        return c.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return true;
        }
        return false;
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
