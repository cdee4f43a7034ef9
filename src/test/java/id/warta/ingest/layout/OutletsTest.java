package id.warta.ingest.layout;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outlet registry: one name per outlet whatever form or address it is met under. */
class OutletsTest {
    private final Outlets outlets = Outlets.standard();

    @Test
    void everyPrintedFormGivesTheOneName() {
        for (String form : new String[]{"TEMPO.CO", "Tempo", "Tempo.co", "TEMPO", "Tempo English"}) assertEquals("Tempo", name(form), form);
        for (String form : new String[]{"REPUBLIKA.CO.ID", "Republika", "IHRAM.CO.ID", "Republika Online"}) {
            assertEquals("Republika", name(form), form);
        }
        for (String form : new String[]{"ANTARA", "Antara", "ANTARA News", "Antaranews.com", "ANTARA FOTO", "Antara/Xinhua"}) {
            assertEquals("ANTARA", name(form), form);
        }
        for (String form : new String[]{"detikNews", "detikHealth", "detikcom", "detik.com"}) assertEquals("detikcom", name(form), form);
        assertEquals("KOMPAS.com", name("Kompas.com"));
        assertEquals("KOMPAS", name("KOMPAS"), "the daily is not the site");
        assertEquals("Tribunnews", name("TRIBUNJATENG.COM"));
        assertEquals("PR Newswire", name("PRNewswire"));
        assertEquals(Outlet.Kind.DISTRIBUTOR, outlets.byName("PRNewswire").orElseThrow().kind());
        assertEquals(Outlet.Kind.AGENCY, outlets.byName("Reuters").orElseThrow().kind());
        assertEquals(Optional.empty(), outlets.byName("Kementerian Luar Negeri"));
        assertEquals(Optional.empty(), outlets.byName("Tribunal"), "a prefix form stands for names, not words");
    }

    @Test
    void everyAddressGivesTheOutletThatPublishesThere() {
        assertEquals("Republika", site("https://ihram.co.id/berita/s9x1k2/kuota-haji"));
        assertEquals("Republika", site("nasional.republika.co.id"));
        assertEquals("KOMPAS.com", site("https://money.kompas.com/read/2023/11/02/213419026/menhub"));
        assertEquals("detikcom", site("https://m.health.detik.com/x"));
        assertEquals("Tempo", site("https://en.tempo.co/read/1"), "an edition in English is the same newsroom");
        assertEquals("ANTARA", site("https://www.antaranews.com/berita/1"));
        assertEquals("BBC News Indonesia", site("https://www.bbc.com/indonesia/dunia-123"));
        assertEquals("BBC", site("https://www.bbc.com/news/world-1"));
        assertEquals("JUARA", site("https://juara.bolasport.com/read/1"), "the longer registered domain wins");
        assertEquals("BolaSport.com", site("https://www.bolasport.com/read/1"));
        assertEquals("none", site("https://kabarnusantara.example/2024/05/x"));
        assertEquals("none", site("not a url at all"));
    }

    @Test
    void anUnknownOutletIsKeptAsPrintedCleaned() {
        assertEquals("Kabarpas.com", outlets.canonical("(Kabarpas.com)"));
        assertEquals("Harian Timur", outlets.canonical("  Harian   Timur. "));
        assertEquals("Tempo", outlets.canonical("TEMPO.CO"));
        assertEquals(null, outlets.canonical(" - "));
    }

    @Test
    void aNameClaimedByTwoOutletsIsAnErrorInTheRegistry() {
        String registry = "A\toutlet\tAlpha|Beta\talpha.com\nB\toutlet\tBeta\tbeta.com\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Outlets.parse(new BufferedReader(new StringReader(registry))));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("beta"), e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> Outlets.parse(new BufferedReader(new StringReader("A\toutlet\tAlpha\n"))), "three columns");
    }

    private String name(String printed) {
        return outlets.byName(printed).map(Outlet::name).orElse("none");
    }

    private String site(String address) {
        return outlets.byAddress(address).map(Outlet::name).orElse("none");
    }
}
