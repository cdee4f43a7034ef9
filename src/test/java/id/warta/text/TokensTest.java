package id.warta.text;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
