package id.warta.store;

import id.warta.model.Article;
import id.warta.model.ArticleId;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Quote;
import id.warta.model.Section;

import java.util.List;

/** Articles built field by field for store tests. */
final class Articles {
    private Articles() {
    }

    /** An article with every field filled: sections, quotes, entity lists, mentions, summaries. */
    static Article full() {
        List<Section> sections = List.of(
                new Section(null, List.of(
                        "Menteri Luar Negeri Sugiono bertemu Menlu Rusia Sergey Lavrov di Moskow, Rabu.",
                        "Pertemuan itu membahas perdamaian di Ukraina dan kerja sama ASEAN."), "Sugiono bertemu Lavrov."),
                new Section("Dialog Berlanjut", List.of(
                        "“Kami ingin perdamaian yang adil,” kata Sugiono.",
                        "Lavrov menyambut baik usulan Indonesia."), "Dialog berlanjut."));
        List<Quote> quotes = List.of(new Quote("Kami ingin perdamaian yang adil", "Sugiono", 1));
        List<Mention> mentions = List.of(
                new Mention("Sergey Lavrov", EntityType.PERSON, "Sergey Lavrov", 0, 0, 44, 57),
                new Mention("Sugiono", EntityType.PERSON, "Sugiono", 0, 0, 25, 32),
                new Mention("Moskow", EntityType.PLACE, "Moskow", 0, 0, 61, 67),
                new Mention("Ukraina", EntityType.PLACE, "Ukraina", 0, 1, 44, 51),
                new Mention("ASEAN", EntityType.ORGANIZATION, "ASEAN", 0, 1, 66, 71),
                new Mention("Sugiono", EntityType.PERSON, "Sugiono", 1, 0, 39, 46),
                new Mention("Sergey Lavrov", EntityType.PERSON, "Lavrov", 1, 1, 0, 6),
                new Mention("Indonesia", EntityType.PLACE, "Indonesia", 1, 1, 31, 40),
                new Mention("Sugiono", EntityType.PERSON, "Sugiono", Mention.HEADLINE, 0, 0, 7));
        String headline = "Sugiono dan Lavrov Bahas Perdamaian Ukraina";
        Article a = new Article(null, headline, "ANTARA", "Moskow", "2025-08-20T14:30:00+07:00",
                "https://example.org/berita/sugiono-lavrov", "Menlu Sugiono dan Menlu Lavrov di Moskow.",
                sections, quotes, List.of("Sugiono", "Sergey Lavrov"), List.of("Moskow", "Ukraina", "Indonesia"),
                List.of("ASEAN"), "Sugiono bertemu Lavrov. Dialog berlanjut.", mentions);
        return a.withId(ArticleId.of(a.headline(), a.bodyText()));
    }

    /** A bare article: headline and paragraphs only; everything else absent. */
    static Article plain(String headline, String... paragraphs) {
        Article a = new Article(null, headline, null, null, null, null, null,
                List.of(new Section(null, List.of(paragraphs), "")), List.of(), List.of(), List.of(), List.of(),
                "", List.of());
        return a.withId(ArticleId.of(a.headline(), a.bodyText()));
    }
}
