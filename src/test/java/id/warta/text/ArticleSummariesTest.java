package id.warta.text;

import id.warta.model.Article;
import id.warta.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleSummariesTest {
    private static Article article(List<Section> sections) {
        return new Article("id", "Indonesia dan Malaysia pulihkan perundingan batas laut", null, null, null, null, null,
                sections, List.of(), List.of(), List.of(), List.of(), "", List.of());
    }

    @Test
    void fillsSectionAndArticleSummaries() {
        Section lead = new Section(null, List.of(
                "Indonesia dan Malaysia sepakat memulihkan perundingan batas laut di Selat Malaka.",
                "Perundingan itu terhenti sejak 2019 karena pandemi. Tim teknis kedua negara akan bertemu pada April.",
                "Kedua menteri juga membahas perlindungan pekerja migran di perkebunan sawit."), "");
        Section single = new Section("Nelayan", List.of("Nelayan Aceh berharap tidak lagi ditangkap di laut lepas."), "");
        Article out = new ArticleSummaries().annotate(article(List.of(lead, single)));

        String leadSummary = out.sections().get(0).summary();
        assertTrue(leadSummary.startsWith("Indonesia dan Malaysia sepakat"), leadSummary);
        assertEquals(2, new SentenceSplitter().split(leadSummary).size(), "a four-sentence section gets two");
        assertEquals("Nelayan Aceh berharap tidak lagi ditangkap di laut lepas.", out.sections().get(1).summary());

        List<String> three = new SentenceSplitter().split(out.summary());
        assertEquals(3, three.size(), out.summary());
        assertEquals(String.join(" ", new ArticleSummaries().sentences(out, 3)), out.summary());
    }

    @Test
    void emptyArticleHasEmptySummaries() {
        Article out = new ArticleSummaries().annotate(article(List.of()));
        assertEquals("", out.summary());
    }
}
