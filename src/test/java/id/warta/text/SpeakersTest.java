package id.warta.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a speaker's name starts in a run of capitalised words that holds the office before it. */
class SpeakersTest {
    @Test
    void theWordTheArticleHasSpeakStartsTheName() {
        String text = "Koordinator Nasional Jaringan Gusdurian Alissa Wahid mengatakan, solidaritas jadi pengingat. "
                + "Ada 67 posko Gusdurian yang tersebar di 67 kota. “Jadikan masyarakat mitra pemerintah,” kata Alissa.";
        assertEquals("Alissa Wahid", Speakers.personIn(List.of("Koordinator", "Nasional", "Jaringan", "Gusdurian", "Alissa", "Wahid"), text));
    }

    @Test
    void ordinaryIndonesianAndEnglishWordsBeforeTheNameBelongToTheOffice() {
        String text = "Direktur Eksekutif Network for Democracy and Electoral Integrity Ferry Kurnia Rizkiyansyah menuturkan hal itu.";
        assertEquals("Ferry Kurnia Rizkiyansyah", Speakers.personIn(List.of("Electoral", "Integrity", "Ferry", "Kurnia", "Rizkiyansyah"), text));
        assertEquals("Abdullah Mansuri", Speakers.personIn(List.of("Tradisional", "Abdullah", "Mansuri"), "Pasar Tradisional Abdullah Mansuri berkata."));
        assertEquals("Cucu Ahmad Kurnia", Speakers.personIn(List.of("Cucu", "Ahmad", "Kurnia"), "Cucu Ahmad Kurnia berkata."));
    }
}
