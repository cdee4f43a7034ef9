package id.warta.reliability;

import id.warta.ingest.InputException;
import id.warta.model.Article;
import id.warta.model.Mention;
import id.warta.model.Quote;
import id.warta.model.Section;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every parsed article must satisfy, whatever the input (issue 9's output invariants). */
final class ArticleInvariants {
    private ArticleInvariants() {
    }

    static void check(Article a) {
        assertNotNull(a.id());
        for (Section s : a.sections()) {
            assertFalse(s.paragraphs().isEmpty(), "empty section " + s);
            for (String p : s.paragraphs()) assertFalse(p.isBlank(), "blank paragraph in " + s);
            assertTrue(s.heading() == null || !s.heading().isBlank(), "blank heading");
        }
        for (Quote q : a.quotes()) {
            assertTrue(q.section() >= 0 && q.section() < a.sections().size(), "quote outside the sections: " + q);
            assertFalse(q.text().isBlank(), "blank quote");
            String rest = normal(String.join(" ", a.sections().subList(q.section(), a.sections().size()).stream()
                    .flatMap(s -> java.util.stream.Stream.concat(
                            java.util.stream.Stream.ofNullable(s.heading()), s.paragraphs().stream())).toList()));
            // A quote running over several paragraphs is joined from them: each of its sentences stands in the body.
            for (String piece : normal(q.text()).split("(?<=[.!?])\\s+")) {
                assertTrue(rest.contains(piece), "quote not in the body from its section on: " + q);
            }
        }
        for (Mention m : a.mentions()) {
            String text = passage(a, m);
            assertNotNull(text, "mention points nowhere: " + m);
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), "offsets outside the text: " + m);
            assertEquals(m.text(), text.substring(m.start(), m.end()), "mention text differs from the text at its offsets");
        }
        for (List<String> names : List.of(a.people(), a.places(), a.organizations())) {
            for (String n : names) assertFalse(n == null || n.isBlank(), "blank entity name");
        }
        assertNotNull(a.summary());
    }

    private static String passage(Article a, Mention m) {
        if (m.section() == Mention.HEADLINE) return a.headline();
        if (m.section() == Mention.CAPTION) return a.caption();
        if (m.section() == Mention.SOURCE) return a.source();
        if (m.section() == Mention.DATELINE) return a.dateline();
        if (m.section() < 0 || m.section() >= a.sections().size()) return null;
        if (m.paragraph() == Mention.HEADING_PARAGRAPH) return a.sections().get(m.section()).heading();
        List<String> paragraphs = a.sections().get(m.section()).paragraphs();
        return m.paragraph() >= 0 && m.paragraph() < paragraphs.size() ? paragraphs.get(m.paragraph()) : null;
    }

    /** Whitespace collapsed and quote marks dropped: a quote running over paragraphs loses the marks between them. */
    private static String normal(String s) {
        return s.replaceAll("[\"“”„«»‘’']", "").replaceAll("\\s+", " ").strip();
    }

    /** A refusal is one line naming the input. */
    static void checkRefusal(InputException e, String origin) {
        assertTrue(e.getMessage().startsWith(origin + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
