package id.warta.store;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetsTest {
    private static final Map<String, String> WORDS = Map.of("ukraina", "ukraina", "rusia", "rusia");
    private static final Set<String> STEMS = Set.of("ukraina", "rusia");

    /** {@code count} filler words, none of them a query word. */
    private static String filler(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) out.append("kata").append(i % 50).append(' ');
        return out.toString();
    }

    private static String marked(String word) {
        return SearchHit.MARK_OPEN + word + SearchHit.MARK_CLOSE;
    }

    @Test
    void aWindowWithEveryWordIsFoundWithinTheReadLimit() {
        String body = filler(10) + "Rusia " + filler(100) + "Rusia dan Ukraina " + filler(100);
        String snippet = Snippets.of(body, WORDS, STEMS);
        assertTrue(snippet.contains(marked("Rusia") + " dan " + marked("Ukraina")), snippet);
    }

    @Test
    void pastTheReadLimitTheBestOpeningWindowIsShown() {
        String body = filler(10) + "Rusia " + filler(Snippets.READ_LIMIT) + "Rusia dan Ukraina " + filler(20);
        String snippet = Snippets.of(body, WORDS, STEMS);
        assertTrue(snippet.contains(marked("Rusia")), snippet);
        assertFalse(snippet.contains("Ukraina"), snippet);
    }

    @Test
    void aBodyWhoseOnlyMatchIsLateStillShowsIt() {
        String body = filler(Snippets.READ_LIMIT + 200) + "tentara Ukraina mundur " + filler(20);
        String snippet = Snippets.of(body, WORDS, STEMS);
        assertTrue(snippet.contains(marked("Ukraina")), snippet);
    }
}
