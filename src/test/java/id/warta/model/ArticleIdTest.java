package id.warta.model;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ArticleIdTest {
    @Test
    void sameArticleWithOtherSpacingGetsTheSameId() {
        assertEquals(ArticleId.of("Judul", "Paragraf satu.\n\nParagraf  dua."),
                ArticleId.of("Judul ", "Paragraf satu. Paragraf\tdua.\r\n"));
        assertNotEquals(ArticleId.of("Judul", "Paragraf satu."), ArticleId.of("Judul", "Paragraf dua."));
    }

    /** normalise was NFKC, lower case, then replaceAll("\\s+", " ") and strip; the loop must keep every id. */
    @Test
    void normalisingAgreesWithTheRegexDefinitionOnRandomText() {
        String alphabet = "aB é\t\n\r\u000B\f\u00a0\u2003\u2028ﬁ.İ";
        Random random = new Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            String expected = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                    .replaceAll("\\s+", " ").strip();
            assertEquals(expected, ArticleId.normalise(text), text);
        }
    }
}
