package id.warta.ingest;

import id.warta.ingest.layout.Draft;
import id.warta.ingest.layout.Block;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written pages in layouts Warta has no site rule for (a blog theme, an old table layout, a
 * script-built page with hashed class names), read by the general extractor; and pages that are
 * not articles.
 */
class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader();

    @Test
    void readsABlogThemeArticle() throws Exception {
        Draft d = read("blog-layout.html");
        assertEquals("Indonesia Dorong Gencatan Senjata di Forum Regional", d.headline());
        assertEquals("Kabar Nusantara", d.source());
        assertEquals("2024-05-15T19:45:00+08:00", d.published());
        assertEquals("https://kabarnusantara.example/2024/05/indonesia-dorong-gencatan-senjata", d.url());
        assertEquals("Delegasi Indonesia dalam sidang forum regional di Makassar. (Foto: Kabar Nusantara)", d.caption());
        List<String> texts = texts(d);
        assertTrue(texts.get(0).startsWith("MAKASSAR – Pemerintah Indonesia mendorong"), texts.get(0));
        assertEquals(List.of("Dukungan Negara Tetangga"), headings(d));
        assertEquals(6, texts.size(), String.join("\n", texts));
        assertTrue(texts.get(texts.size() - 1).startsWith("Thailand meminta waktu"));
        String all = String.join("\n", texts);
        for (String junk : List.of("Baca juga", "Bagikan", "WhatsApp", "komentar", "Berita Terkait", "Terpopuler",
                "Tag:", "Hak cipta", "Beranda", "Semoga damai")) {
            assertFalse(all.contains(junk), "kept furniture: " + junk);
        }
    }

    @Test
    void readsAnOldTableLayoutWithBreaksAndABoldSubheading() throws Exception {
        Draft d = read("table-layout.html");
        assertEquals("Nelayan Sulawesi Tolak Kapal Asing", d.headline());
        assertEquals("2009-03-12T08:30:00+08:00", d.published());
        List<String> texts = texts(d);
        assertTrue(texts.get(0).startsWith("MANADO, HARIAN TIMUR - Ratusan nelayan"), texts.get(0));
        assertTrue(texts.get(0).contains("Café Pelabuhan"), "windows-1252 page decoded: " + texts.get(0));
        assertEquals(List.of("Patroli Bersama"), headings(d));
        String all = String.join("\n", texts);
        assertFalse(all.contains("Harga Cengkih"), all);
        assertFalse(all.contains("Copyright"), all);
        assertFalse(all.contains("Arsip"), all);
        assertTrue(all.contains("kapal asing kerap terlihat."), all);
    }

    @Test
    void readsAScriptBuiltPageFromJsonLdAndTheDom() throws Exception {
        Draft d = read("script-layout.html");
        assertEquals("Parlemen Setujui Kerja Sama Pertahanan dengan Australia", d.headline());
        assertEquals("Portal Antah", d.source());
        assertEquals("2025-03-04T08:20:00+07:00", d.published());
        assertEquals("https://portalantah.example/politik/parlemen-setujui-kerja-sama", d.url());
        List<String> texts = texts(d);
        assertTrue(texts.get(0).startsWith("Jakarta, Portal Antah -- Dewan Perwakilan Rakyat"), texts.get(0));
        assertEquals(List.of("Kritik dari Fraksi"), headings(d));
        String all = String.join("\n", texts);
        for (String junk : List.of("ADVERTISEMENT", "SCROLL TO CONTINUE", "Lihat juga", "Menhan Kunjungi", "Politik Dunia")) {
            assertFalse(all.contains(junk), "kept furniture: " + junk);
        }
        assertTrue(all.endsWith("setelah persetujuan parlemen."), all);
    }

    @Test
    void joinsAStorySplitAroundAnAd() throws Exception {
        Draft d = read("split-layout.html");
        assertEquals("Harga Minyak Dunia Naik, Pemerintah Tahan Harga BBM", d.headline());
        assertEquals("2023-10-09T14:05:00+07:00", d.published());
        List<String> texts = texts(d);
        assertEquals(4, texts.size(), String.join("\n", texts));
        assertTrue(texts.get(0).startsWith("Palembang - Pemerintah memutuskan"));
        assertTrue(texts.get(3).startsWith("Sejumlah ekonom menilai"));
    }

    @Test
    void addsTheDashToADatelinePrintedOnlyInBold() throws Exception {
        String page = "<html><head><title>Ekspor Naik</title></head><body><h1>Ekspor Naik</h1><div class=\"isi\">"
                + "<p><b>Liputan6.com, Jakarta</b> Nilai ekspor Indonesia naik pada Januari, didorong harga batu bara"
                + " dan minyak sawit, kata Badan Pusat Statistik dalam keterangannya di Jakarta, Senin.</p>"
                + "<p><strong>DEPRESI</strong> jadi momok yang wajib diwaspadai siapa saja, termasuk para pekerja"
                + " kantoran yang jarang berolahraga dan kurang tidur setiap malam.</p></div></body></html>";
        List<String> texts = texts(reader.read(page, "ekspor.html", null));
        assertEquals("Liputan6.com, Jakarta - Nilai ekspor Indonesia naik pada Januari, didorong harga batu bara"
                + " dan minyak sawit, kata Badan Pusat Statistik dalam keterangannya di Jakarta, Senin.", texts.get(0));
        assertTrue(texts.get(1).startsWith("DEPRESI jadi momok"), texts.get(1));
    }

    @Test
    void aPageTimeWithoutAZoneIsWibAndAMislabelledUtcTimeFollowsThePrintedOne() throws Exception {
        String body = "<div class=\"isi\"><p>Jakarta - Komisi I DPR meminta pemerintah menjelaskan isi kesepakatan kerja"
                + " sama pertahanan yang baru ditandatangani dengan Australia pekan lalu di Canberra.</p><p>Anggota Komisi I"
                + " menilai sebagian pasal kesepakatan itu masih abu-abu dan perlu dibahas terbuka.</p></div>";
        // Date and time printed in two elements, the metadata's time labelled UTC though it is local.
        String split = "<html><head><title>DPR Minta Penjelasan</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"DPR Minta Penjelasan\",\"datePublished\":\"2023-11-02T16:00:00Z\"}"
                + "</script></head><body><h1>DPR Minta Penjelasan</h1><div class=\"meta\"><span>Kamis, 2 November 2023</span>"
                + " <span>16:00 WIB</span></div>" + body + "</body></html>";
        assertEquals("2023-11-02T16:00:00+07:00", reader.read(split, "dpr.html", null).published());
        // A machine time without an offset on a page printing WITA is WITA; printing no zone, WIB.
        String wita = "<html><head><title>DPR Minta Penjelasan</title><meta property=\"article:published_time\""
                + " content=\"2023-11-02 16:00:00\"></head><body><h1>DPR Minta Penjelasan</h1><p class=\"date\">"
                + "Kamis, 2 November 2023 16:00 WITA</p>" + body + "</body></html>";
        assertEquals("2023-11-02T16:00:00+08:00", reader.read(wita, "dpr.html", null).published());
        String noZone = wita.replace("16:00 WITA", "16:00");
        assertEquals("2023-11-02T16:00:00+07:00", reader.read(noZone, "dpr.html", null).published());
    }

    @Test
    void refusesAnIndexPage() {
        InputException e = assertThrows(InputException.class, () -> read("index-page.html"));
        assertTrue(e.getMessage().startsWith("index-page.html: not an article"), e.getMessage());
    }

    @Test
    void refusesALoginWall() {
        InputException e = assertThrows(InputException.class, () -> read("login-wall.html"));
        assertEquals("login-wall.html: not an article: the page asks for a login (a login wall)", e.getMessage());
    }

    @Test
    void refusesAnEmptyPage() {
        InputException e = assertThrows(InputException.class, () -> reader.read("  ", "kosong.html", null));
        assertEquals("kosong.html: the page is empty", e.getMessage());
    }

    private Draft read(String name) throws IOException, InputException {
        try (InputStream in = HtmlReaderTest.class.getResourceAsStream("pages/" + name)) {
            return reader.read(in.readAllBytes(), null, name, null);
        }
    }

    static List<String> texts(Draft d) {
        return d.blocks().stream().map(Block::text).toList();
    }

    static List<String> headings(Draft d) {
        return d.blocks().stream().filter(Block::isHeading).map(Block::text).toList();
    }
}
