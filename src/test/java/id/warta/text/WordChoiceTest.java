package id.warta.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WordChoiceTest {
    /** Words that are prefixes of others, a repeated word, and words of one letter. */
    private static final String WORDS = "mengungkap|mengungkapkan|menyebut|menyebutkan|aku|akui|a|bilang|berkata|"
            + "mengeluh|mengeluhkan|mengungkapkan|khawatir|yakin|me";

    @Test
    void factorsByCommonPrefix() {
        assertEquals("(?:a(?:k(?:u(?:i|))|)|b(?:erkata|ilang))", WordChoice.of("bilang|aku|berkata|a|akui"));
    }

    @Test
    void findsWhatThePlainAlternationFindsBeforeAWordEnd() {
        Pattern plain = Pattern.compile("(?u)(?<![\\p{L}])(?:" + WORDS + ")(?![\\p{L}])");
        Pattern factored = Pattern.compile("(?u)(?<![\\p{L}])" + WordChoice.of(WORDS) + "(?![\\p{L}])");
        List<String> pieces = new ArrayList<>(List.of(WORDS.split("\\|")));
        pieces.addAll(List.of("menyebutkannya", "ak", "mengung", "Bilang", "kata", " ", " ", ", ", "\n", "-"));
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) text.append(pieces.get(random.nextInt(pieces.size())));
            assertEquals(matches(plain, text.toString()), matches(factored, text.toString()), text.toString());
        }
    }

    @Test
    void refusesWhatIsNotAPlainWord() {
        assertThrows(IllegalArgumentException.class, () -> WordChoice.of("juga\\s+|pun"));
        assertThrows(IllegalArgumentException.class, () -> WordChoice.of("kata||ujar"));
    }

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }
}
