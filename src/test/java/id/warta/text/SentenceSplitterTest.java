package id.warta.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hard cases for Indonesian sentence splitting: each text and the sentences it must give. */
class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private void splits(String text, String... expected) {
        assertEquals(List.of(expected), splitter.split(text), text);
    }

    @Test
    void titlesAndAbbreviationsDoNotEndSentences() {
        splits("Dr. H. Agus Salim, S.H. dan Prof. Ir. Budi hadir di Jl. Sudirman No. 5. Acara dimulai pukul 09.00.",
                "Dr. H. Agus Salim, S.H. dan Prof. Ir. Budi hadir di Jl. Sudirman No. 5.",
                "Acara dimulai pukul 09.00.");
        splits("Dana itu dikirim a.n. Yayasan Damai, a.l. untuk sekolah. Sisanya disimpan.",
                "Dana itu dikirim a.n. Yayasan Damai, a.l. untuk sekolah.", "Sisanya disimpan.");
        splits("Dokter bedah dr. Hengky, Sp. B mengatakan GP Rep. Ceko penting. Ia hadir.",
                "Dokter bedah dr. Hengky, Sp. B mengatakan GP Rep. Ceko penting.", "Ia hadir.");
        splits("Saham PT. Charoen Pokphand Indonesia Tbk. naik. Investor lega.",
                "Saham PT. Charoen Pokphand Indonesia Tbk. naik.", "Investor lega.");
    }

    @Test
    void listEndingsEndSentencesBeforeACapital() {
        splits("Mereka membawa beras, minyak, gula, dll. Bantuan tiba Senin.",
                "Mereka membawa beras, minyak, gula, dll.", "Bantuan tiba Senin.");
        splits("Ada tank, rudal, dsb. yang dipamerkan.", "Ada tank, rudal, dsb. yang dipamerkan.");
    }

    @Test
    void numbersAndTimesStayWhole() {
        splits("Anggaran Rp3,5 triliun disiapkan untuk 3.016 orang. Inflasi naik 1.5 persen pada pukul 08.00 WIB.",
                "Anggaran Rp3,5 triliun disiapkan untuk 3.016 orang.",
                "Inflasi naik 1.5 persen pada pukul 08.00 WIB.");
        splits("Rapat selesai pukul 08.00. Setelah itu mereka pulang.",
                "Rapat selesai pukul 08.00.", "Setelah itu mereka pulang.");
    }

    @Test
    void initialsStayWithTheirNamesButCanEndASentence() {
        splits("Sejarawan J. Kuzmarov menulis buku itu. Ia mengajar di A.S. Peter J. Kuzmarov setuju.",
                "Sejarawan J. Kuzmarov menulis buku itu.", "Ia mengajar di A.S. Peter J. Kuzmarov setuju.");
        splits("Sanksi itu datang dari A.S. Namun Rusia menolak.",
                "Sanksi itu datang dari A.S.", "Namun Rusia menolak.");
        splits("Kuasa hukumnya, Ahmad, S.H., M.H. mengatakan hal itu.",
                "Kuasa hukumnya, Ahmad, S.H., M.H. mengatakan hal itu.");
    }

    @Test
    void quotesThatEndMidSentenceDoNotSplit() {
        splits("“Kami tidak akan tunduk pada kekuatan asing di negeri ini, di negeri,” kata Kuzmarov. Ia lalu pergi.",
                "“Kami tidak akan tunduk pada kekuatan asing di negeri ini, di negeri,” kata Kuzmarov.",
                "Ia lalu pergi.");
        splits("“Siapa yang bertanggung jawab?” tanya dia. “Kami!” jawab mereka serempak.",
                "“Siapa yang bertanggung jawab?” tanya dia.", "“Kami!” jawab mereka serempak.");
        splits("\"Kami siap berunding.\" Menteri itu lalu meninggalkan ruangan.",
                "\"Kami siap berunding.\"", "Menteri itu lalu meninggalkan ruangan.");
        splits("Ia bertanya, “Apakah ini adil?” Tidak ada yang menjawab.",
                "Ia bertanya, “Apakah ini adil?”", "Tidak ada yang menjawab.");
    }

    @Test
    void ellipsesAndMarks() {
        splits("Kami menunggu... dan menunggu. Lalu datang kabar… Perang usai! Benarkah? Ya.",
                "Kami menunggu... dan menunggu.", "Lalu datang kabar…", "Perang usai!", "Benarkah?", "Ya.");
    }

    @Test
    void domainsListNumbersAndBlankLines() {
        splits("Dikutip dari Kompas.com, harga naik. 1. Pertama, harga beras.",
                "Dikutip dari Kompas.com, harga naik.", "1. Pertama, harga beras.");
        splits("Judul tanpa titik\n\nParagraf berikut. Kalimat kedua", "Judul tanpa titik", "Paragraf berikut.",
                "Kalimat kedua");
        splits("  ", new String[0]);
    }

    @Test
    void spansPointIntoTheText() {
        String text = "Satu dua. Tiga empat.";
        List<SentenceSplitter.Span> spans = splitter.spans(text);
        assertEquals(new SentenceSplitter.Span(0, 9), spans.get(0));
        assertEquals("Tiga empat.", spans.get(1).of(text));
    }
}
