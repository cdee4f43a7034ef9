package id.warta.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Site names cut from metadata titles, wherever the site puts them. */
class HeadlineTest {
    @Test
    void cutsTheSiteNameFromEitherEnd() {
        assertEquals("Polres Lhokseumawe Serahkan Anggota",
                Headline.withoutSiteName("Polres Lhokseumawe Serahkan Anggota - Kompas.com Regional", "KOMPAS.com"));
        assertEquals("FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun, Masih Cantik?",
                Headline.withoutSiteName("KapanLagi.com: FOTO: Dian Sastrowardoyo Saat Berusia 13 Tahun, Masih Cantik?",
                        "KapanLagi.com"));
        assertEquals("KPK Periksa Pejabat", Headline.withoutSiteName("KPK Periksa Pejabat | Republika Online", "Republika Online"));
        assertEquals("Sering Depresi Berat - Health",
                Headline.withoutSiteName("Sering Depresi Berat - Health :: Okezone Lifestyle", "lifestyle.okezone.com"));
    }

    @Test
    void keepsColonsThatBelongToTheHeadline() {
        assertEquals("Tri Indonesia: Broadband Dorong Ekosistem",
                Headline.withoutSiteName("Tri Indonesia: Broadband Dorong Ekosistem", "liputan6.com"));
        assertEquals("Hanya Nama Situs", Headline.withoutSiteName("Hanya Nama Situs", null));
    }

    @Test
    void findsTheSiteWord() {
        assertEquals("okezone", Headline.siteWord("lifestyle.okezone.com"));
        assertEquals("republika", Headline.siteWord("Republika Online"));
        assertEquals("republika", Headline.siteWord("nasional.republika.co.id"));
        assertEquals("kapanlagi", Headline.siteWord("KapanLagi.com"));
    }
}
