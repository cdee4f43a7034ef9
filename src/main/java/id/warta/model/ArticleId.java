package id.warta.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Article identity: the first 16 hex digits of SHA-256 over the normalised headline and body.
 * Normalising (NFKC, lower case, whitespace collapsed) makes the same article saved twice,
 * with different line wrapping or spacing, get the same id, which is how duplicates are found.
 */
public final class ArticleId {
    private ArticleId() {
    }

    public static String of(String headline, String body) {
        String normal = normalise((headline == null ? "" : headline) + "\n" + (body == null ? "" : body));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    static String normalise(String text) {
        return collapseBlanks(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)).strip();
    }

    /** Runs of {@code [ \t\n\x0B\f\r]} (regex {@code \s}) as one space; a loop, since every article's whole text passes here. */
    private static String collapseBlanks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                blank = true;
                continue;
            }
            if (blank) out.append(' ');
            blank = false;
            out.append(c);
        }
        if (blank) out.append(' ');
        return out.toString();
    }
}
