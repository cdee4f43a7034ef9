package id.warta.ingest.layout;

import id.warta.model.Article;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout step on drafts from any reader: where the body starts and ends, the caption, the source, the date. */
class ArticleLayoutTest {
    private static final String STORY = "Pemerintah Indonesia mendorong negara-negara ASEAN mempercepat perundingan kode etik"
            + " di Laut China Selatan menjelang pertemuan tingkat menteri bulan depan.";
    private static final String MORE = "Direktur Kerja Sama Politik Keamanan ASEAN mengatakan perundingan sudah memasuki"
            + " tahap pembacaan ketiga dan akan dilanjutkan di Jakarta.";
    private static final String LAST = "Sejumlah negara masih berbeda pendapat soal cakupan wilayah yang diatur dalam"
            + " naskah kode etik tersebut.";
    private final ArticleLayout layout = new ArticleLayout(Clock.fixed(Instant.parse("2025-03-10T03:00:00Z"), ZoneOffset.UTC));

    @Test
    void aCreditWithStoryAfterItIsAnEmbeddedPostsNotTheEndNorTheSource() {
        Article a = lay(null, "Jakarta - " + STORY, "Sumber: twitter @tabloidbola", MORE, LAST);
        assertEquals(List.of(STORY, MORE, LAST), paragraphs(a));
        assertNull(a.source());
        Article b = lay(null, STORY, "Sumber: VentureBeat.", MORE, LAST, "Sumber: VentureBeat.");
        assertEquals(List.of(STORY, MORE, LAST), paragraphs(b));
        assertNull(b.source(), "a credit deep in a long text is no source");
    }

    @Test
    void closingCreditsEndTheBodyWithWhateverFollows() {
        Article a = lay(null, "Jakarta (ANTARA) - " + STORY, MORE, "Pewarta: Sri Wulandari", "Editor: Bonifasius Tamba",
                "Berita Terkait", "Harga Minyak Dunia Naik", "Menlu Bahas Ketahanan Energi");
        assertEquals(List.of(STORY, MORE), paragraphs(a));
        assertEquals("ANTARA", a.source());
    }

    @Test
    void captionParagraphsBeforeTheDatelineAreTheCaption() {
        Article a = lay(null, "Presiden Joko Widodo menyapa warga di Bogor. (ANTARA FOTO/Hafidz Mubarak A)",
                "Bogor (ANTARA) - " + STORY, MORE);
        assertEquals("Presiden Joko Widodo menyapa warga di Bogor. (ANTARA FOTO/Hafidz Mubarak A)", a.caption());
        assertEquals("Bogor", a.dateline());
        assertEquals(List.of(STORY, MORE), paragraphs(a));
        // No credit printed, but the dateline names an outlet the registry knows: the short paragraph before it is the caption.
        Article b = lay(null, "Suasana rapat kerja Komisi I DPR di Senayan.", "TEMPO.CO, Jakarta - " + STORY, MORE);
        assertEquals("Suasana rapat kerja Komisi I DPR di Senayan.", b.caption());
        assertEquals("Tempo", b.source());
        // Story before a place and a dash is story: the dateline opens a body, it is not looked for inside one.
        Article c = lay(null, STORY, "Jakarta - " + MORE);
        assertNull(c.dateline());
        assertEquals(List.of(STORY, "Jakarta - " + MORE), paragraphs(c));
    }

    @Test
    void aDatelineThatWouldLeaveNoBodyIsTheBody() {
        Article a = lay(null, "Presiden JAKARTA (ANTARA) -");
        assertEquals(List.of("Presiden JAKARTA (ANTARA) -"), paragraphs(a));
        assertNull(a.dateline());
        Article b = lay(null, "JAKARTA (ANTARA) -", STORY);
        assertEquals("Jakarta", b.dateline(), "a dateline on its own line before the story");
        assertEquals(List.of(STORY), paragraphs(b));
    }

    @Test
    void photoCaptionsInsideTheBodyAreDropped() {
        Article a = lay(null, "Jakarta - " + STORY, "Kapal patroli Bakamla di Laut Natuna Utara. (ANTARA FOTO/M Risyal Hidayat)", MORE);
        assertEquals(List.of(STORY, MORE), paragraphs(a));
    }

    @Test
    void sourceFollowsTheOneRule() {
        Draft onDetik = new Draft("Judul", "detikcom", "Kabar", null, null, null, blocks("Jakarta (ANTARA) - " + STORY), null);
        assertEquals("detikcom", layout.layOut(onDetik).source(), "the page's site first");
        Draft aggregator = new Draft("Judul", null, "Kabar Nusantara", null, null, null, blocks("Jakarta (ANTARA) - " + STORY), null);
        assertEquals("ANTARA", layout.layOut(aggregator).source(), "then the dateline's outlet, before page metadata");
        assertEquals("Kabar Nusantara", lay("Kabar Nusantara", "Jakarta - " + STORY).source(), "then metadata");
        assertEquals("ANTARA", lay("VIVA", "Jakarta - " + STORY, "Copyright © ANTARA 2025").source(), "a copyright line before a source block");
        assertEquals("ANTARA", lay(null, STORY, "Sumber: Antara").source(), "a closing source line naming an outlet");
        assertEquals("ANTARA", lay(null, STORY, MORE + " (ant)").source(), "a wire tag last");
        assertEquals("Tempo", lay("TEMPO.CO", STORY).source(), "every name through the registry");
    }

    @Test
    void theDateComesFromTheDraftTheDatelineOrTheLead() {
        Draft dated = new Draft("Judul", null, null, "2025-08-18T10:15:00+07:00", null, null,
                blocks("Jakarta - Presiden tiba di Bogor, Jumat (8/9/2017)."), null);
        assertEquals("2025-08-18T10:15:00+07:00", layout.layOut(dated).published());
        assertEquals("2016-02-23", lay(null, "ISTANBUL, 23 Februari 2016 (Antara) - " + STORY).published());
        assertEquals("2017-09-08", lay(null, "Jakarta - Presiden tiba di Bogor, Jumat (8/9/2017), untuk rapat.").published());
        // Day and month only: the year of the file's date, else of the import date (the clock).
        Draft filed = new Draft("Judul", null, null, null, null, null,
                blocks("Jakarta - Warga berkumpul Senin (30/12) sore di alun-alun."), LocalDate.of(2025, 1, 3));
        assertEquals("2024-12-30", layout.layOut(filed).published());
        assertEquals("2025-03-07", lay(null, "Polisi menangkap dua orang pada Jumat (7/3) malam di Depok.").published());
        assertNull(lay(null, STORY).published(), "no date printed: none invented");
    }

    @Test
    void headingsBeforeTheFirstParagraphStayAndTheDatelineIsStillFound() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.heading("Latar Belakang"));
        blocks.add(Block.paragraph("Jakarta (ANTARA) - " + STORY));
        Article a = layout.layOut(new Draft("Judul", null, null, null, null, blocks));
        assertEquals("Jakarta", a.dateline());
        assertEquals("Latar Belakang", a.sections().get(0).heading());
        assertFalse(a.bodyText().contains("ANTARA"));
        assertTrue(a.bodyText().startsWith("Pemerintah Indonesia"));
    }

    private Article lay(String source, String... paragraphs) {
        return layout.layOut(new Draft("Judul", source, null, null, null, blocks(paragraphs)));
    }

    private static List<Block> blocks(String... paragraphs) {
        return java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList();
    }

    private static List<String> paragraphs(Article a) {
        List<String> out = new ArrayList<>();
        a.sections().forEach(s -> out.addAll(s.paragraphs()));
        return out;
    }
}
