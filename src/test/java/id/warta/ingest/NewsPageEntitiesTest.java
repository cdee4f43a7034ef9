package id.warta.ingest;

import id.warta.SharedData;
import id.warta.model.Article;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The names Warta lists for real saved pages (../shared/corpus/news-pages; skipped without it), where ordinary
 * words once came out as people: a headline's opening noun (Prostitusi), a quote's opening noun (Tawaran), the
 * office before an official's name (Kasubdit Kasasi dan Peninjauan Kembali …), a company's short name.
 */
class NewsPageEntitiesTest {
    private Article parse(String page) throws Exception {
        Path file = SharedData.require("corpus/news-pages/" + page);
        return new ArticlePipeline().build(new InputReader().read(file.toString()));
    }

    @Test
    void antaraPoliceStoryNamesOfficersNotNouns() throws Exception {
        Article a = parse("antara/antara-singlepage2.html");
        assertTrue(a.people().contains("Ferdiyan Fahmi"), a.people().toString());
        for (String word : List.of("Prostitusi", "Tawaran", "Kasubdit", "Satuan", "Pamong Praja")) {
            assertFalse(a.people().contains(word), word + " in " + a.people());
        }
        assertTrue(a.organizations().contains("Satuan Polisi Pamong Praja"), a.organizations().toString());
    }

    @Test
    void republikaCaptionNamesTheOfficialNotHisOffice() throws Exception {
        Article a = parse("republika/republika-singlepage2.html");
        assertTrue(a.people().contains("Andri Tristianto Sutrisna"), a.people().toString());
        assertFalse(a.people().contains("Kasasi") || a.people().contains("Peninjauan"), a.people().toString());
    }

    @Test
    void companysShortNameIsTheCompany() throws Exception {
        Path text = Files.createTempFile("warta-company", ".txt");
        Files.writeString(text, """
                Astra Otoparts luncurkan ban motor baru

                Jakarta (ANTARA) - PT Astra Otoparts Tbk meluncurkan ban sepeda motor baru.

                Untuk memproduksi ban itu, Astra Otoparts bekerja sama dengan Pirelli, kata Direktur PT Astra Otoparts Tbk Yusak Kristian di Jakarta, Selasa.
                """);
        try {
            Article a = new ArticlePipeline().build(new InputReader().read(text.toString()));
            assertFalse(a.people().contains("Astra Otoparts"), a.people().toString());
            assertTrue(a.organizations().contains("PT Astra Otoparts Tbk"), a.organizations().toString());
            assertFalse(a.organizations().contains("Astra Otoparts"), "one entity for the company: " + a.organizations());
            assertTrue(a.people().contains("Yusak Kristian"), a.people().toString());
        } finally {
            Files.deleteIfExists(text);
        }
    }

    @Test
    void featurePagesNameNoAdverbsNounsOrPositionsAsPeople() throws Exception {
        List<String> people = new java.util.ArrayList<>();
        for (String page : List.of("kapanlagi/kapanlagi-singlepage2.html", "okezone/okezone-singlepage.html",
                "kompas/kompas-singlepage4.html", "liputan6/liputan6-singlepage.html")) {
            people.addAll(parse(page).people());
        }
        for (String word : List.of("Selalu", "Yup", "Depresi", "Penyerang", "Persib", "Commerce", "Telecommunications Limited")) {
            assertFalse(people.contains(word), word + " in " + people);
        }
        assertTrue(people.containsAll(List.of("Dian Sastrowardoyo", "Samsul Arif", "Milomir Seslija")), people.toString());
    }

    @Test
    void sportsCopyNamesClubsAsOrganisations() throws Exception {
        Path text = Files.createTempFile("warta-sports", ".txt");
        Files.writeString(text, """
                Spurs tak ada pilihan lain

                Jakarta, CNN Indonesia -- Tottenham Hotspur akan menjamu Manchester United di White Hart Lane.

                Musim depan, Spurs akan bermain di Stadion Wembley, kata pelatih Mauricio Pochettino.
                """);
        try {
            Article a = new ArticlePipeline().build(new InputReader().read(text.toString()));
            assertTrue(a.organizations().containsAll(List.of("Tottenham Hotspur", "Manchester United")), a.organizations().toString());
            assertFalse(a.people().contains("Spurs") || a.people().contains("Musim"), a.people().toString());
            assertTrue(a.people().contains("Mauricio Pochettino"), a.people().toString());
        } finally {
            Files.deleteIfExists(text);
        }
    }
}
