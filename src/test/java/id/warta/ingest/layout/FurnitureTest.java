package id.warta.ingest.layout;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one furniture list: what is dropped, what closes an article, what is a caption, and what is story. */
class FurnitureTest {
    @Test
    void readingLinksAndAdsAreInserts() {
        for (String line : new String[]{"Baca juga: Harga Minyak Dunia Naik", "Baca Juga: Menlu Bahas Ketahanan Energi",
                "Lihat juga: Ketegangan di Semenanjung Korea", "Simak juga video berikut", "Baca: Jokowi - JK Masih Kompak",
                "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Pilihan Editor: Menhan Bertemu Mitra",
                "Berita terkait: Banjir Jakarta", "[Gambas:Video CNN]"}) {
            assertTrue(Furniture.isInsert(line), line);
        }
        assertFalse(Furniture.isInsert("Baca buku itu membuat dia sadar."));
        assertFalse(Furniture.isInsert("Iklan rokok dilarang di televisi sejak tahun lalu."));
        assertTrue(Furniture.isListLabel("Berita Terkait"));
        assertTrue(Furniture.isListLabel("Jangan Lewatkan:"));
    }

    @Test
    void creditsTagsAndSourceLinesCloseAnArticle() {
        for (String line : new String[]{"Pewarta: Sri Wulandari", "Editor: Bonifasius Tamba", "EDITOR: Bonifasius Tamba",
                "Copyright © ANTARA 2025", "© 2024 KOMPAS.com", "Penulis Sri Wulandari", "Tags: DPR, Australia",
                "Sumber: Antara", "(ant)", "Penulis", "Editor:"}) {
            assertTrue(Furniture.closes(line), line);
        }
        for (String line : new String[]{"Penulis buku itu, Sri Wulandari, hadir dalam acara tersebut.",
                "Reporter senior Budi mengatakan perundingan masih berjalan.", "Editor itu menolak berkomentar."}) {
            assertFalse(Furniture.closes(line), line);
        }
    }

    @Test
    void photoCaptionsAndCreditsAreNotStory() {
        for (String caption : new String[]{
                "Foto: Presiden Joko Widodo di Istana Merdeka.",
                "Presiden Joko Widodo menyapa warga di Bogor. (ANTARA FOTO/Hafidz Mubarak A)",
                "Pengunjuk rasa di depan gedung parlemen. (REUTERS / Edgar Su)",
                "Suasana rapat kerja Komisi I DPR di Senayan, 6 Maret 2024. TEMPO/Hilman Fathurrahman W",
                "Kendaraan melintas di jalan tol. ANTARA FOTO/Sigid Kurniawan/foc.",
                "Ilustrasi stroke. (Foto: Getty Images/iStockphoto/peterschreiber.media)",
                "(Foto: Antara)", "Wisuda Magister Manajemen ke-XV (Dok. IGI)"}) {
            assertTrue(Furniture.isPhotoCaption(caption), caption);
        }
        for (String story : new String[]{
                "Hal ini dilakukan dengan donor darah dari para anggota TNI/Polri.",
                "Pemerintah Turki menawarkan diri menjadi tuan rumah perundingan damai. (Antara/Xinhua)",
                "Ia menambahkan, masih ada 12 WNI yang memilih bertahan. (rvk/ega)",
                "Aparat gabungan (TNI/Polri) berjaga di perbatasan sejak Senin pagi."}) {
            assertFalse(Furniture.isPhotoCaption(story), story);
        }
    }

    @Test
    void theClosingWireTagNamesAntaraAndInitialsAreCut() {
        assertEquals("Tawaran itu ditolak.", Furniture.withoutTrailingTag("Tawaran itu ditolak. (ant)"));
        assertEquals("Semua sehat.", Furniture.withoutTrailingTag("Semua sehat. (rvk/ega)"));
        assertEquals("Markas (PBB)", Furniture.withoutTrailingTag("Markas (PBB)"), "an acronym is no tag");
        assertEquals(Optional.of("ANTARA"), Furniture.tagOutlet("Tawaran itu ditolak. (ant/mes)"));
        assertEquals(Optional.empty(), Furniture.tagOutlet("Semua sehat. (rvk/ega)"));
    }
}
