package id.warta.ingest.feed;

import id.warta.ingest.InputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feed documents in the outlets' formats, and every way a document can fail to be a feed. */
class FeedReaderTest {
    private static final String BASE = "http://127.0.0.1:8080";
    private final FeedReader reader = new FeedReader();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FeedReaderTest.class.getResourceAsStream("/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", BASE).getBytes(StandardCharsets.UTF_8);
        }
    }

    private FeedDocument read(String xml) throws InputException {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8), null, "uji.xml", BASE + "/rss");
    }

    @Test
    void rss2WithPlus0700DatesContentEncodedAndEnclosures() throws Exception {
        FeedDocument feed = reader.read(resource("antara.xml"), "utf-8", "antara", BASE + "/antara/rss/terkini.xml");
        assertEquals("ANTARA News - Berita Terkini", feed.title());
        assertEquals(BASE + "/antara/", feed.site());
        assertEquals(3, feed.items().size());
        FeedItem first = feed.items().get(0);
        assertEquals("antara-1001", first.key());
        assertEquals(BASE + "/antara/berita/1001/patroli-selat-malaka", first.link());
        assertEquals("Indonesia dan Malaysia Sepakati Patroli Bersama di Selat Malaka", first.title());
        // The outlet's own offset is kept: 10:15 WIB, not 03:15 UTC.
        assertEquals("2025-08-18T10:15:00+07:00", first.published());
        // content:encoded (the full text) wins over the description (a teaser with the photo).
        assertTrue(first.content().startsWith("<p>Jakarta (ANTARA) - Indonesia dan Malaysia"), first.content());
        assertFalse(first.content().contains("1001.jpg"), "the enclosure and media:content are not the item's text");
        assertEquals("2025-08-19T08:30:00+07:00", feed.items().get(1).published());
        assertEquals("Menteri Luar Negeri membahas kerja sama pangan dengan Vietnam.", feed.items().get(1).content());
    }

    @Test
    void atomWithHtmlContentEscapedTitlesAndRelativeLinks() throws Exception {
        FeedDocument feed = reader.read(resource("tempo.atom"), null, "tempo", BASE + "/tempo/dunia.atom");
        assertEquals("Tempo.co - Dunia", feed.title());
        FeedItem first = feed.items().get(0);
        assertEquals("tag:tempo.test,2025:2001", first.key());
        assertEquals(BASE + "/tempo/read/2001/asean-gencatan-senjata", first.link(), "a relative link is resolved against the feed");
        assertEquals("ASEAN Minta Gencatan Senjata di Perbatasan Thailand & Kamboja", first.title());
        assertEquals("2025-08-19T10:00:00+07:00", first.published(), "published, not updated");
        assertEquals("<p>TEMPO.CO, Jakarta - ASEAN meminta kedua negara menahan diri.</p>", first.content());
        assertTrue(feed.items().get(1).content().contains("<h3>Persiapan Sekretariat</h3>"));
    }

    @Test
    void rdfWithDublinCoreDatesInOtherZones() throws Exception {
        FeedDocument feed = reader.read(resource("rdf.xml"), null, "kabar", BASE + "/kabar/rss.rdf");
        assertEquals("Kabar Nusantara", feed.title());
        assertEquals(2, feed.items().size());
        FeedItem first = feed.items().get(0);
        assertEquals(BASE + "/kabar/3001", first.key());
        assertEquals(BASE + "/kabar/3001", first.link());
        assertEquals("2025-08-17T14:20:00+08:00", first.published(), "WITA stays +08:00");
        assertEquals("2025-08-16T09:00:00+09:00", feed.items().get(1).published(), "WIT stays +09:00");
        assertTrue(first.content().contains("\n\nKepala otoritas pelabuhan"), "plain-text paragraphs survive");
    }

    @Test
    void rss091WithTheOldNetscapeDoctypeIsRead() throws Exception {
        FeedDocument feed = read("""
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Lama</title><link>http://lama.test/</link><description>d</description>
                <language>id</language><item><title>Satu</title><link>http://lama.test/1</link></item></channel></rss>""");
        assertEquals("Lama", feed.title());
        assertEquals("http://lama.test/1", feed.items().get(0).link());
        assertNull(feed.items().get(0).published());
    }

    @Test
    void aGuidlessItemIsKnownByItsLinkAndADatelessTitledOneByItsTitle() throws Exception {
        FeedDocument feed = read("""
                <rss version="2.0"><channel><title>t</title><link>http://x.test/</link><description>d</description>
                <item><title>Tanpa guid</title><link>/berita/9</link></item>
                <item><title>Tanpa tautan</title><description>Hanya teks.</description></item>
                <item><description>   </description></item>
                </channel></rss>""");
        assertEquals(2, feed.items().size(), "an item with nothing to know it by is skipped");
        assertEquals(BASE + "/berita/9", feed.items().get(0).key());
        assertNull(feed.items().get(1).link());
        assertTrue(feed.items().get(1).key().contains("Tanpa tautan"));
    }

    @Test
    void aBareAmpersandIsInvalidXmlWithItsLine() {
        InputException e = assertThrows(InputException.class, () -> read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Politik & Hukum</title></channel></rss>"""));
        assertTrue(e.getMessage().startsWith("uji.xml: invalid XML on line 2 ("), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void bytesThatAreNotInTheDeclaredEncodingAreInvalid() {
        byte[] latin1 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Café Jakarta</title></channel></rss>""".getBytes(Charset.forName("ISO-8859-1"));
        InputException e = assertThrows(InputException.class, () -> reader.read(latin1, null, "uji.xml", null));
        assertTrue(e.getMessage().startsWith("uji.xml: invalid XML on line 2 ("), e.getMessage());
    }

    @Test
    void theDeclaredEncodingAndTheHeaderCharsetAreHonoured() throws Exception {
        byte[] declared = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>Café Jakarta</title></channel></rss>""".getBytes(Charset.forName("ISO-8859-1"));
        assertEquals("Café Jakarta", reader.read(declared, "utf-8", "uji.xml", null).title(), "the document's declaration wins");
        byte[] undeclared = "<rss version=\"2.0\"><channel><title>Café Jakarta</title></channel></rss>"
                .getBytes(Charset.forName("windows-1252"));
        assertEquals("Café Jakarta", reader.read(undeclared, "windows-1252", "uji.xml", null).title());
    }

    @Test
    void htmlServedAsAFeedIsRefused() {
        InputException e = assertThrows(InputException.class, () -> read("<!DOCTYPE html><html><head><title>Berita</title></head><body><p>hai</p></body></html>"));
        assertEquals("uji.xml: a web page (HTML), not a feed", e.getMessage());
        InputException bare = assertThrows(InputException.class, () -> read("\n  <html><body><p>Halaman tidak ditemukan</p></body></html>"));
        assertEquals("uji.xml: a web page (HTML), not a feed", bare.getMessage());
    }

    @Test
    void otherXmlEmptyAndTextAreNotFeeds() {
        assertEquals("uji.xml: not a feed (an XML document whose root is <urlset>)",
                assertThrows(InputException.class, () -> read("<?xml version=\"1.0\"?><urlset><url/></urlset>")).getMessage());
        assertEquals("uji.xml: the feed is empty",
                assertThrows(InputException.class, () -> reader.read(new byte[0], null, "uji.xml", null)).getMessage());
        assertTrue(assertThrows(InputException.class, () -> read("Berita hari ini")).getMessage().startsWith("uji.xml: invalid XML on line 1"));
    }

    @Test
    void externalEntitiesAreNeverRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("rahasia.txt"), "KATA-SANDI-RAHASIA");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY bocor SYSTEM "%s">]>
                <rss version="2.0"><channel><title>t&bocor;</title><link>http://x.test/</link><description>d</description>
                <item><title>Judul</title><link>http://x.test/1</link></item></channel></rss>""".formatted(secret.toUri());
        FeedDocument feed = read(xml);
        assertEquals("t", feed.title(), "the external entity resolves to nothing");
    }

    @Test
    void nestedEntitiesStopAtTheParsersLimit() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) xml.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        xml.append("]><rss version=\"2.0\"><channel><title>&l10;</title></channel></rss>");
        InputException e = assertThrows(InputException.class, () -> read(xml.toString()));
        assertTrue(e.getMessage().contains("entity expansions"), e.getMessage());
    }

    @Test
    void theDateKeepsThePrintedOffsetOrFallsBackToPrintedIndonesianDates() {
        assertEquals("+07:00", ItemDate.offsetOf("Mon, 18 Aug 2025 10:15:00 +0700").toString());
        assertEquals("-05:00", ItemDate.offsetOf("2025-08-18T10:15:00-05:00").toString());
        assertEquals("Z", ItemDate.offsetOf("Mon, 18 Aug 2025 03:15:00 GMT").toString());
        assertEquals("+08:00", ItemDate.offsetOf("18 Agustus 2025 10:15 WITA").toString());
        assertEquals("2025-08-18T10:15:00+07:00", ItemDate.of(null, "Senin, 18 Agustus 2025 10:15 WIB"));
        assertNull(ItemDate.of(null, "kemarin sore"));
        assertNull(ItemDate.of(null, null));
    }

    @Test
    void itemTextBecomesParagraphsAndHeadingsWithoutPhotos() {
        List<id.warta.ingest.layout.Block> blocks = ItemContent.blocks("""
                <figure><img src="a.jpg"><figcaption>Foto: ANTARA</figcaption></figure>
                <p>Paragraf  pertama&nbsp;di sini.</p><h3>Sub Judul</h3>
                <p>Kedua.<br><br>Ketiga<br>masih ketiga.</p><script>alert(1)</script>Penutup tanpa tag.""");
        assertEquals(List.of("Paragraf pertama di sini.", "Sub Judul", "Kedua.", "Ketiga masih ketiga.", "Penutup tanpa tag."),
                blocks.stream().map(id.warta.ingest.layout.Block::text).toList());
        assertTrue(blocks.get(1).isHeading());
        assertTrue(ItemContent.hasText(blocks));
        assertFalse(ItemContent.hasText(ItemContent.blocks("<p><img src=x.jpg></p><p>123 — 456</p>")));
        assertEquals(List.of("Satu baris.", "Dua baris."),
                ItemContent.blocks("Satu baris.\n\n Dua   baris. ").stream().map(id.warta.ingest.layout.Block::text).toList());
    }
}
