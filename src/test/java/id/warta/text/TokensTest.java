package id.warta.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokensTest {
    @Test
    void keepsNumbersAbbreviationsAndReduplicationWhole() {
        assertEquals(List.of("Rp3,5", "triliun", "untuk", "3.016", "orang", "pukul", "08.00", "kata-kata",
                        "Ma'ruf", "S.H", "Kompas.com"),
                Tokens.of("“Rp3,5 triliun untuk 3.016 orang, pukul 08.00: kata-kata Ma'ruf, S.H. (Kompas.com).”")
                        .stream().map(Tokens.Token::text).toList());
    }

    @Test
    void offsetsAndWords() {
        String text = "Presiden, 2017.";
        Tokens.Token first = Tokens.of(text).get(0);
        assertEquals("Presiden", text.substring(first.start(), first.end()));
        assertTrue(first.isCapitalised());
        assertFalse(Tokens.of(text).get(1).isWord());
        assertEquals(List.of("presiden"), Tokens.words(text));
    }

    @Test
    void stopwordsCoverFunctionWordsButNotTopics() {
        for (String w : new String[]{"yang", "dan", "Namun", "katanya", "mereka", "tersebut"}) {
            assertTrue(Stopwords.contains(w), w);
        }
        for (String w : new String[]{"perang", "presiden", "damai", "minyak"}) assertFalse(Stopwords.contains(w), w);
    }

    /** The scan replaced this grammar (a regex, too slow for every sentence of every article); both must agree. */
    private static final Pattern GRAMMAR = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[.,:'’\\-][\\p{L}\\p{N}\\p{M}]+)*");

    @Test
    void scanAgreesWithTheTokenGrammarOnRandomText() {
        String alphabet = "aZé0 9.,:'’-–\"“”()\u00a0\u0301\u00bd\u2167ñ\n?!Ⅻ\ud83d\ude00é";
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            List<Tokens.Token> expected = new ArrayList<>();
            Matcher m = GRAMMAR.matcher(text);
            while (m.find()) expected.add(new Tokens.Token(m.group(), m.start(), m.end()));
            assertEquals(expected, Tokens.of(text), text);
        }
    }
}
