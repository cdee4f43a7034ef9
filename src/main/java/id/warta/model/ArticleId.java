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
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
