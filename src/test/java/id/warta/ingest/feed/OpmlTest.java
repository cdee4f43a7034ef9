package id.warta.ingest.feed;

import id.warta.ingest.InputException;
import id.warta.store.FeedRows;
import id.warta.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OPML 2.0 in and out: other readers' files, the shipped list of Indonesian outlets, and a round trip. */
class OpmlTest {
    @TempDir
    Path dir;

    @Test
    void outlinesAreTakenAtAnyDepthInAnyAttributeCase() throws Exception {
        List<Opml.Outline> outlines = Opml.read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="1.0"><head><title>Ekspor pembaca lain</title></head><body>
                  <outline text="Berita"><outline text="Folder dalam">
                    <outline type="rss" text="Satu" xmlUrl="https://satu.test/rss" htmlUrl="https://satu.test/"/>
                  </outline></outline>
                  <outline type="rss" title="Dua" text="dua (teks)" xmlurl="https://dua.test/feed"/>
                  <outline text="Folder kosong"/>
                </body></opml>""".getBytes(StandardCharsets.UTF_8), "lain.opml");
        assertEquals(List.of(new Opml.Outline("https://satu.test/rss", "Satu", "https://satu.test/"),
                new Opml.Outline("https://dua.test/feed", "Dua", null)), outlines);
    }

    @Test
    void aFileThatIsNotOpmlIsOneLine() throws Exception {
        Path rss = Files.writeString(dir.resolve("bukan.opml"), "<rss version=\"2.0\"><channel/></rss>");
        assertEquals(rss + ": not an OPML file (the root is <rss>, not <opml>)",
                assertThrows(InputException.class, () -> Opml.read(rss)).getMessage());
        Path text = Files.writeString(dir.resolve("teks.opml"), "daftar langganan saya");
        assertTrue(assertThrows(InputException.class, () -> Opml.read(text)).getMessage().startsWith(text + ": invalid XML on line 1 ("));
        assertEquals(dir.resolve("hilang.opml") + ": no such file",
                assertThrows(InputException.class, () -> Opml.read(dir.resolve("hilang.opml"))).getMessage());
        Path empty = Files.writeString(dir.resolve("kosong.opml"), "");
        assertEquals(empty + ": the file is empty", assertThrows(InputException.class, () -> Opml.read(empty)).getMessage());
    }

    @Test
    void theShippedListNamesEachOutletsFeedsOverHttps() throws Exception {
        List<Opml.Outline> outlines = Opml.read(Path.of("data/feeds-indonesia.opml"));
        Set<String> hosts = outlines.stream().map(o -> RequestGate.hostOf(o.xmlUrl())).collect(Collectors.toSet());
        for (String outlet : List.of("antaranews.com", "kompas.com", "tempo.co", "detik.com", "cnnindonesia.com",
                "republika.co.id", "bbci.co.uk", "cnbcindonesia.com", "kumparan.com")) {
            assertTrue(hosts.stream().anyMatch(h -> h.endsWith(outlet)), outlet + " in " + hosts);
        }
        for (Opml.Outline o : outlines) {
            assertTrue(o.xmlUrl().startsWith("https://"), o.toString());
            assertTrue(o.title() != null && !o.title().isBlank(), o.toString());
        }
    }

    @Test
    void exportedFeedsImportIntoAnotherLibraryAsTheyWere() throws Exception {
        Path opml = dir.resolve("langganan.opml");
        List<Subscription> before;
        try (Library first = Library.open(dir.resolve("satu.db"))) {
            Subscriptions feeds = new Subscriptions(new FeedRows(first));
            Subscriptions.Imported shipped = feeds.importOpml(Path.of("data/feeds-indonesia.opml"));
            assertEquals(Opml.read(Path.of("data/feeds-indonesia.opml")).size(), shipped.added());
            assertTrue(feeds.rename("https://feeds.bbci.co.uk/indonesia/rss.xml", "BBC & \"Indonesia\" <berita>"));
            before = feeds.list();
            try (StringWriter out = new StringWriter()) {
                feeds.exportOpml(out);
                Files.writeString(opml, out.toString());
            }
            assertEquals(0, feeds.importOpml(opml).added(), "importing one's own export adds nothing");
        }
        try (Library second = Library.open(dir.resolve("dua.db"))) {
            Subscriptions feeds = new Subscriptions(new FeedRows(second));
            Subscriptions.Imported imported = feeds.importOpml(opml);
            assertEquals(before.size(), imported.added());
            assertEquals(List.of(), imported.skipped());
            assertEquals(before.stream().map(s -> List.of(s.url(), s.title(), String.valueOf(s.site()))).toList(),
                    feeds.list().stream().map(s -> List.of(s.url(), s.title(), String.valueOf(s.site()))).toList());
        }
    }

    @Test
    void outlinesWithoutAnHttpAddressAreSkippedWithAReason() throws Exception {
        Path file = Files.writeString(dir.resolve("campur.opml"), """
                <opml version="2.0"><body>
                <outline text="Baik" xmlUrl="https://baik.test/rss"/>
                <outline text="Berkas" xmlUrl="file:///etc/passwd"/>
                <outline text="Rusak" xmlUrl="http://"/>
                </body></opml>""");
        try (Library library = Library.open(dir.resolve("w.db"))) {
            Subscriptions.Imported imported = new Subscriptions(new FeedRows(library)).importOpml(file);
            assertEquals(1, imported.added());
            assertEquals(2, imported.skipped().size(), imported.toString());
            assertTrue(imported.skipped().get(0).startsWith("file:///etc/passwd: only http and https"), imported.toString());
        }
    }
}
