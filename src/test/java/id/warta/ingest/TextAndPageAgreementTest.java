package id.warta.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.SharedData;
import id.warta.ingest.layout.ArticleLayout;
import id.warta.ingest.layout.Block;
import id.warta.ingest.layout.Draft;
import id.warta.model.Article;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One article, two formats, one answer: the same article saved as a page and copied as text gets the same
 * {@code source}, {@code published} (as far as each format prints it) and {@code dateline}.
 *
 * <p>The real pages of {@code ../shared/corpus/news-pages} (14) and {@code news-pages-modern} (4) are each
 * read as pages, and rendered as the text a reader copies from them: the headline, the date line as the
 * outlet prints it ({@code Kamis, 5 November 2015 14:56 WIB}, from the expected date; the date alone where
 * only a date is known), then the expected body paragraphs (the page's own body as Warta reads it where the
 * corpus has no reference body). A copy prints less than its page (no address, often no outlet), so each
 * field is compared where the copy prints it: its source when the text names an outlet, its dateline when
 * the text opens with one, its date to the minute (or the day, for a date alone). Hand-written pairs cover
 * what the corpus lacks: a Tempo page with its caption set before the dateline, a Republika sister site, a
 * PR Newswire release carried by ANTARA, and a {@code Sumber:} trailer.
 */
class TextAndPageAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private final HtmlReader pages = new HtmlReader();
    private final PlainTextReader texts = new PlainTextReader();
    private final ArticleLayout layout = new ArticleLayout();

    record Pair(String name, Article page, Article text) {
    }

    @Test
    void everyCorpusPageAndItsCopyAgree() throws Exception {
        List<Pair> pairs = new ArrayList<>();
        pairs.addAll(corpus("corpus/news-pages", false));
        pairs.addAll(corpus("corpus/news-pages-modern", true));
        int sources = 0, datelines = 0, dates = 0;
        List<String> disagreements = new ArrayList<>();
        System.out.printf("%-38s %-16s %-16s %-12s %-12s %-26s %s%n", "page", "page source", "text source",
                "page dl", "text dl", "page published", "text published");
        for (Pair p : pairs) {
            Article page = p.page();
            Article text = p.text();
            System.out.printf("%-38s %-16s %-16s %-12s %-12s %-26s %s%n", p.name(), page.source(), text.source(),
                    page.dateline(), text.dateline(), page.published(), text.published());
            if (text.source() != null) {
                sources++;
                if (!text.source().equals(page.source())) disagreements.add(p.name() + " source " + page.source() + " / " + text.source());
            }
            if (text.dateline() != null) {
                datelines++;
                if (!text.dateline().equals(page.dateline())) disagreements.add(p.name() + " dateline " + page.dateline() + " / " + text.dateline());
            }
            dates++;
            if (!sameAsFarAsPrinted(page.published(), text.published())) {
                disagreements.add(p.name() + " published " + page.published() + " / " + text.published());
            }
        }
        System.out.printf(Locale.ROOT, "%d pages: source compared on %d, dateline on %d, date on %d; %d disagree%n",
                pairs.size(), sources, datelines, dates, disagreements.size());
        assertEquals(List.of(), disagreements);
        assertEquals(18, pairs.size());
        // The copies print an outlet and a dateline on most pages: the comparison is not vacuous.
        assertTrue(sources >= 8 && datelines >= 8, sources + " sources, " + datelines + " datelines compared");
    }

    @Test
    void aTempoPageWithItsCaptionFirstAndItsCopy() throws Exception {
        Pair p = pair("tempo");
        assertEquals("Tempo", p.page().source());
        assertEquals("Tempo", p.text().source());
        assertEquals("Jakarta", p.page().dateline());
        assertEquals("Jakarta", p.text().dateline());
        assertEquals("2024-03-07T16:00:00+07:00", p.page().published());
        assertEquals("2024-03-07T16:00:00+07:00", p.text().published());
        assertTrue(p.page().bodyText().startsWith("Komisi I DPR meminta"), p.page().bodyText());
        assertTrue(p.text().bodyText().startsWith("Komisi I DPR meminta"), p.text().bodyText());
        assertTrue(!p.page().bodyText().contains("Pilihan Editor") && !p.text().bodyText().contains("Pilihan Editor"));
        assertTrue(p.page().caption().startsWith("Suasana rapat kerja Komisi I DPR"), p.page().caption());
        assertTrue(p.text().caption().startsWith("Suasana rapat kerja Komisi I DPR"), p.text().caption());
    }

    @Test
    void aRepublikaSisterSiteIsRepublika() throws Exception {
        Pair p = pair("ihram");
        assertEquals("Republika", p.page().source());
        assertEquals("Republika", p.text().source());
        assertEquals("Jakarta", p.page().dateline());
        assertEquals("Jakarta", p.text().dateline());
        assertEquals("2024-01-10T09:15:00+07:00", p.page().published());
        assertEquals("2024-01-10T09:15:00+07:00", p.text().published());
    }

    @Test
    void aPrNewswireReleaseCarriedByAntaraIsAntarasWhateverItsSumberTrailerSays() throws Exception {
        Pair p = pair("prnewswire-antara");
        assertEquals("ANTARA", p.page().source());
        assertEquals("ANTARA", p.text().source(), "the copyright line names the outlet that published it");
        assertEquals("Taipei", p.page().dateline());
        assertEquals("Taipei", p.text().dateline());
        assertEquals("2024-06-05T14:30:00+07:00", p.page().published());
        assertEquals("2024-06-05T14:30:00+07:00", p.text().published());
        assertTrue(!p.text().bodyText().contains("Sumber:") && !p.page().bodyText().contains("Sumber:"));
        // A copy that stops before ANTARA's credits names only the distributor: it published the release.
        String cut = text("prnewswire-antara").split("\nSumber:")[0];
        assertEquals("PR Newswire", layout.layOut(texts.read(cut, "cut.txt")).source());
    }

    @Test
    void aSumberTrailerNamesTheSourceOnlyWhenItNamesAnOutlet() throws Exception {
        Pair p = pair("sumber-trailer");
        assertEquals("Merdeka.com", p.page().source(), "the site published it");
        assertEquals("Merdeka.com", p.text().source(), "the dateline's outlet published it, Sumber: Antara supplied it");
        String noOutlet = "Bantuan Tiba di Gaza\n\nBantuan kemanusiaan dari Indonesia tiba di Gaza pada pekan ini setelah"
                + " tertahan di perbatasan selama dua minggu.\n\nSumber: Kementerian Luar Negeri\n";
        assertNull(layout.layOut(texts.read(noOutlet, "kemlu.txt")).source(), "a ministry issues, it does not publish");
        String unknownOutlet = noOutlet.replace("Kementerian Luar Negeri", "Kabarpas.com");
        assertEquals("Kabarpas.com", layout.layOut(texts.read(unknownOutlet, "kabarpas.txt")).source(),
                "an outlet the registry does not know is kept as printed");
    }

    // ------------------------------------------------------------ the corpus

    private List<Pair> corpus(String folder, boolean modern) throws Exception {
        Path dir = SharedData.require(folder);
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        List<Pair> out = new ArrayList<>();
        for (JsonNode e : expected) {
            String file = e.get("file").asText();
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            Draft pageDraft = pages.read(bytes, null, file, null);
            Article page = layout.layOut(pageDraft);
            String copy = e.get("title").asText() + "\n\n" + dateLine(e, modern) + "\n\n" + body(e, pageDraft);
            Article text = layout.layOut(texts.read(copy, file + ".txt"));
            out.add(new Pair(file, page, text));
        }
        return out;
    }

    /** The date line as the outlets print it, in WIB: {@code Kamis, 5 November 2015 14:56 WIB}; a date alone when only a date is known. */
    private static String dateLine(JsonNode e, boolean modern) {
        if (!modern) return printed(Instant.ofEpochMilli(e.get("date").asLong()).atOffset(WIB));
        if (e.hasNonNull("published")) return printed(OffsetDateTime.parse(e.get("published").asText().replace(' ', 'T')));
        LocalDate day = LocalDate.parse(e.get("published_date").asText());
        return DAYS[day.getDayOfWeek().getValue() - 1] + ", " + day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1]
                + " " + day.getYear();
    }

    private static String printed(OffsetDateTime t) {
        OffsetDateTime wib = t.withOffsetSameInstant(WIB);
        return String.format(Locale.ROOT, "%s, %d %s %d %02d:%02d WIB", DAYS[wib.getDayOfWeek().getValue() - 1],
                wib.getDayOfMonth(), MONTHS[wib.getMonthValue() - 1], wib.getYear(), wib.getHour(), wib.getMinute());
    }

    /** The expected body, paragraphs separated by blank lines; the page's own blocks where the corpus has none. */
    private static String body(JsonNode e, Draft pageDraft) {
        String content = e.hasNonNull("content") ? e.get("content").asText() : "";
        List<String> paragraphs = content.isBlank() ? pageDraft.blocks().stream().map(Block::text).toList()
                : List.of(content.split("\n"));
        return String.join("\n\n", paragraphs);
    }

    /** The same minute when both print a time; the same day when one prints a date alone. */
    static boolean sameAsFarAsPrinted(String page, String text) {
        if (page == null || text == null) return Objects.equals(page, text);
        if (page.length() == 10 || text.length() == 10) {
            String pageDay = page.length() == 10 ? page : OffsetDateTime.parse(page).withOffsetSameInstant(WIB).toLocalDate().toString();
            String textDay = text.length() == 10 ? text : OffsetDateTime.parse(text).withOffsetSameInstant(WIB).toLocalDate().toString();
            return pageDay.equals(textDay);
        }
        OffsetDateTime a = OffsetDateTime.parse(page).withSecond(0);
        OffsetDateTime b = OffsetDateTime.parse(text).withSecond(0);
        return a.isEqual(b);
    }

    // ------------------------------------------------------------ the hand-written pairs

    private Pair pair(String name) throws Exception {
        byte[] html;
        try (InputStream in = TextAndPageAgreementTest.class.getResourceAsStream("agreement/" + name + ".html")) {
            html = in.readAllBytes();
        }
        Article page = layout.layOut(pages.read(html, null, name + ".html", null));
        Article text = layout.layOut(texts.read(text(name), name + ".txt"));
        return new Pair(name, page, text);
    }

    private static String text(String name) throws Exception {
        try (InputStream in = TextAndPageAgreementTest.class.getResourceAsStream("agreement/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
