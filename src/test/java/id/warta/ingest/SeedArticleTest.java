package id.warta.ingest;


import id.warta.model.Article;
import id.warta.model.Quote;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article (data/), every field as issue 2's Acceptance states it. */
class SeedArticleTest {
    private static Article parse() throws Exception {
        Path seed = Path.of("data/000_541abc782ac656e9.txt");
        String text = Files.readString(seed);
        return new ArticlePipeline().build(new PlainTextReader().read(text, seed.toString()));
    }

    @Test
    void headerFields() throws Exception {
        Article a = parse();
        assertEquals("Pakar: Putin Tunjukkan Minat Pulihkan Hubungan Rusia–AS", a.headline());
        assertEquals("ANTARA", a.source());
        assertEquals("Tangerang", a.dateline());
        assertEquals("Pertemuan Presiden AS Donald Trump dan Presiden Rusia Vladimir Putin.", a.caption());
        assertNull(a.published());
        assertNull(a.url());
    }

    @Test
    void fourSectionsWithTheirParagraphs() throws Exception {
        Article a = parse();
        assertEquals(4, a.sections().size());
        assertNull(a.sections().get(0).heading());
        assertEquals("Putin Ingin Pulihkan Hubungan Ekonomi dengan AS", a.sections().get(1).heading());
        assertEquals("Isu Ukraina dan NATO Masih Jadi Hambatan", a.sections().get(2).heading());
        assertEquals("Referendum Wilayah Ukraina Timur", a.sections().get(3).heading());
        assertEquals(List.of(3, 2, 2, 2), a.sections().stream().map(s -> s.paragraphs().size()).toList());
        String first = a.sections().get(0).paragraphs().get(0);
        assertFalse(first.startsWith("Tangerang"), first);
        assertTrue(first.startsWith("Presiden Rusia Vladimir Putin dikabarkan"), first);
        assertTrue(a.sections().get(3).paragraphs().get(1).endsWith("masih belum pasti."));
    }

    @Test
    void exactlyOneQuoteByKuzmarov() throws Exception {
        List<Quote> quotes = parse().quotes();
        assertEquals(1, quotes.size(), quotes.toString());
        Quote q = quotes.get(0);
        assertTrue(q.text().startsWith("Jika Trump"), q.text());
        assertEquals("Jika Trump mencoba melakukan itu, ia akan menghadapi banyak penolakan politik di dalam negeri",
                q.text());
        assertEquals("Jeremy Kuzmarov", q.speaker());
        assertEquals(1, q.section());
    }
}
