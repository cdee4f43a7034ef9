package id.warta.ingest.layout;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every dateline form of the conventions guide, and outlets Warta has no site rule for, through the one
 * dateline reader: place, outlet (the registry's name, or the printed name when the registry does not know
 * it), date, and the text after the dash.
 */
class DatelineTest {
    @Test
    void readsEveryHouseStyleOfTheConventionsGuide() {
        check("Jakarta (ANTARA) - Pemerintah …", "Jakarta", "ANTARA", null);
        check("Wamena (ANTARA News) - Pemerintah …", "Wamena", "ANTARA", null);
        check("Samarinda, Kalimantan Timur (ANTARA) - Pemerintah …", "Samarinda", "ANTARA", null);
        check("BEIJING, 3 Maret 2025 (Antara/Xinhua) - Pemerintah …", "Beijing", "ANTARA", "3 Maret 2025");
        check("JAKARTA, KOMPAS.com - Pemerintah …", "Jakarta", "KOMPAS.com", null);
        check("SEMARANG, KOMPAS — Pemerintah …", "Semarang", "KOMPAS", null);
        check("TEMPO.CO, Jakarta - Pemerintah …", "Jakarta", "Tempo", null);
        check("REPUBLIKA.CO.ID, JAKARTA - Pemerintah …", "Jakarta", "Republika", null);
        check("IHRAM.CO.ID, JAKARTA -- Pemerintah …", "Jakarta", "Republika", null);
        check("Jakarta, CNN Indonesia -- Pemerintah …", "Jakarta", "CNN Indonesia", null);
        check("Liputan6.com, Jakarta - Pemerintah …", "Jakarta", "Liputan6.com", null);
        check("VIVA – Pemerintah …", null, "VIVA", null);
        check("Merdeka.com - Pemerintah …", null, "Merdeka.com", null);
        check("Suara.com - Pemerintah …", null, "Suara.com", null);
        check("GOLD COAST, JUARA.net - Pemerintah …", "Gold Coast", "JUARA", null);
        check("JUARA.NET, TOKYO - Pemerintah …", "Tokyo", "JUARA", null);
        check("JAKARTA (Pos Kota) – Pemerintah …", "Jakarta", "Pos Kota", null);
        check("Jakarta - Pemerintah …", "Jakarta", null, null);
        check("Jayapura, detikNews - Pemerintah …", "Jayapura", "detikcom", null);
        check("Tangerang – Presiden Rusia …", "Tangerang", null, null);
        check("TRIBUNNEWS.COM - Berikut ini …", null, "Tribunnews", null);
    }

    @Test
    void readsOutletsWithNoSiteRule() {
        check("BANDUNG, Pikiran-Rakyat.com - Pemerintah …", "Bandung", "Pikiran Rakyat", null);
        check("Bisnis.com, JAKARTA - Pemerintah …", "Jakarta", "Bisnis.com", null);
        check("JAKARTA, KONTAN.CO.ID - Pemerintah …", "Jakarta", "Kontan", null);
        check("Jakarta, IDN Times - Pemerintah …", "Jakarta", "IDN Times", null);
        check("JAKARTA, KOMPAS.TV - Pemerintah …", "Jakarta", "KompasTV", null);
        check("Jakarta, Beritasatu.com - Pemerintah …", "Jakarta", "Beritasatu", null);
        check("SOLO, Solopos.com — Pemerintah …", "Solo", "Solopos", null);
        check("WASHINGTON (Reuters) - The government …", "Washington", "Reuters", null);
        // Unknown to the registry, printed as an outlet: kept as printed, never refused.
        check("Malang (Kabarpas.com) – Pemerintah …", "Malang", "Kabarpas.com", null);
        check("MAKASSAR, Fajar.co.id - Pemerintah …", "Makassar", "Fajar.co.id", null);
        check("MANADO, HARIAN TIMUR - Ratusan nelayan …", "Manado", "HARIAN TIMUR", null);
        check("KUPANG (Pos Kupang) - Pemerintah …", "Kupang", "Pos Kupang", null);
    }

    @Test
    void readsAReleaseDistributorAndAPrefixTouchingItsDash() {
        check("TAIPEI, 5 Juni 2024 /PRNewswire/ -- Pemerintah …", "Taipei", "PR Newswire", "5 Juni 2024");
        check("SINGAPURA, 5 Juni 2024 /PRNewswire-AsiaNet/ -- Pemerintah …", "Singapura", "PR Newswire", "5 Juni 2024");
        check("SPANYOL– Perdana Menteri Spanyol …", "Spanyol", null, null);
        assertEquals("Perdana Menteri Spanyol …", Dateline.find("SPANYOL– Perdana Menteri Spanyol …").orElseThrow().rest());
    }

    @Test
    void leavesMidSentenceDashesAlone() {
        for (String text : new String[]{"Rusia–AS sepakat berunding.", "West Ham United 4-1 Chelsea di kandang.",
                "Presiden Joko Widodo memerintahkan TNI - Polri bersiaga.", "Pertandingan pekan ke - 20 ditunda.",
                "Kilometer 425 - 426 ditutup.", "Menurut dia, perundingan - yang alot - belum selesai.",
                "TNI-Polri berjaga di perbatasan."}) {
            assertEquals(Optional.empty(), Dateline.find(text), text);
        }
    }

    @Test
    void readsADatelinePrintedByTypographyAlone() {
        assertEquals("Liputan6.com", Dateline.withoutDash("Liputan6.com, Jakarta").orElseThrow().outlet());
        assertEquals("Jakarta", Dateline.withoutDash("JAKARTA, KOMPAS.com").orElseThrow().place());
        assertTrue(Dateline.withoutDash("DEPRESI").isEmpty(), "a bold word alone is emphasis");
        assertTrue(Dateline.withoutDash("Jakarta").isEmpty(), "a bold place alone is as likely a heading");
    }

    private static void check(String paragraph, String place, String outlet, String date) {
        Dateline d = Dateline.find(paragraph).orElseThrow(() -> new AssertionError("no dateline: " + paragraph));
        assertEquals(place, d.place(), paragraph);
        assertEquals(outlet, d.outlet(), paragraph);
        assertEquals(date, d.date(), paragraph);
        assertTrue(!d.rest().isEmpty() && !d.rest().startsWith("-"), paragraph + " → " + d.rest());
    }
}
