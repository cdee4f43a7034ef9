package id.warta.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.layout.Draft;
import id.warta.ingest.HtmlReader;
import id.warta.ingest.InputException;
import id.warta.ingest.InputReader;
import id.warta.ingest.JsonArticleReader;
import id.warta.ingest.PlainTextReader;
import id.warta.model.Article;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Issue 9, property and fuzz tests over every parser: the plain-text reader, the HTML reader, the
 * Warta JSON reader and the file reader in front of them (bytes, encodings, kinds), each followed by
 * the whole pipeline (layout, entities, quotes, summaries). Inputs are random strings of article-like
 * pieces and mutations (cuts, copies, inserted pieces, swapped lines) of a real article. Nothing but a
 * one-line {@link InputException} may escape, and every article satisfies {@link ArticleInvariants}.
 * The query parser is covered by store.AnyQueryProperties and store.SearchInjectionTest.
 */
class ParserProperties {
    private static final String SEED = readSeed();
    private static final ArticlePipeline PIPELINE = new ArticlePipeline();
    private static final PlainTextReader TEXT = new PlainTextReader();
    private static final HtmlReader HTML = new HtmlReader();
    private static final JsonArticleReader JSON = new JsonArticleReader();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String[] TEXT_PIECES = {
            "Presiden", "Prabowo Subianto", "Menlu Sugiono", "Sergey Lavrov", "Vladimir Putin", "Donald Trump",
            "Jakarta", "Moskow", "Washington", "Gaza", "ASEAN", "PBB", "NATO", "Kementerian Luar Negeri", "Uni Eropa",
            "bertemu", "membahas", "perdamaian", "kerja sama", "di", "dan", "yang", "pada", "Senin", "kata", "ujar",
            "ucapnya", "menurut", "ia", "dia", "JAKARTA (ANTARA) -", "Tangerang –", "KOMPAS.com -", "Jakarta, CNN Indonesia --",
            "Senin, 18 Agustus 2025 10:15 WIB", "18/08/2025", "Sumber :", "  • ANTARA", "Sumber: Antara", "Baca juga:",
            "Foto:", "Oleh: Redaksi", "(ant/kmp)", "“", "”", "\"", "'", "‘", "’", "«", "»", ",", ".", "!", "?", ":", ";",
            "-", "–", "—", "(", ")", "[", "]", "…", " ", " ", " ", "\n", "\n", "\n\n", "\n\n", "\t", "\r\n",
            "\u00a0", "\u200b", "\ufeff", "\u0000", "\u0007", "\u202e", "السلام", "שלום", "😀", "\ud83c", "é", "e\u0301",
            "A", "AS", "RI", "123", "2025", "Pak", "Bu", "Dr.", "H.", "M.", "al-Assad", "bin", "Wakil Presiden",
    };

    private static final String[] HTML_PIECES = {
            "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<article>", "</article>", "<p>", "</p>",
            "<div class=\"detail__body-text\">", "<div class=\"read__content\">", "<div>", "</div>", "<h1>", "</h1>",
            "<h2>", "</h2>", "<span>", "</span>", "<br>", "<b>", "</b>", "<a href=\"https://example.org/x\">", "</a>",
            "<script>alert('x')</script>", "<script>", "</script>", "<style>p{}</style>", "<iframe src=\"https://x.test\"></iframe>",
            "<img src=x onerror=\"alert(1)\">", "<p onclick=\"steal()\">", "<meta property=\"og:title\" content=\"Judul Meta\">",
            "<meta property=\"og:site_name\" content=\"ANTARA\">", "<meta property=\"article:published_time\" content=\"2025-08-18T10:15:00+07:00\">",
            "<meta property=\"og:url\" content=\"https://www.antaranews.com/berita/1\">", "<meta charset=\"windows-1252\">",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Judul LD\",\"articleBody\":\"Isi LD panjang.\"}</script>",
            "<script type=\"application/ld+json\">{\"@type\":", "<figure><figcaption>Keterangan foto</figcaption></figure>",
            "<title>Judul | ANTARA</title>", "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&nbsp;", "&#x202e;", "&lt;", "<", ">",
            "<table><tr><td>", "</td></tr></table>", "<ul><li>", "</li></ul>", "<noscript>", "</noscript>", "<time datetime=\"2025-08-18\">",
    };

    // ---- plain text

    @Property(tries = 1000)
    void plainTextOfArticlePieces(@ForAll("articleText") String text) {
        throughPlainText(text);
    }

    @Property(tries = 800)
    void plainTextMutationsOfARealArticle(@ForAll("mutatedSeed") String text) {
        throughPlainText(text);
    }

    @Property(tries = 500)
    void plainTextOfAnyString(@ForAll String text) {
        throughPlainText(text);
    }

    private static void throughPlainText(String text) {
        try {
            Draft draft = TEXT.read(text, "acak.txt");
            try {
                ArticleInvariants.check(PIPELINE.build(draft));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + " (draft " + draft + ")", e);
            }
        } catch (InputException e) {
            ArticleInvariants.checkRefusal(e, "acak.txt");
        }
    }

    // ---- HTML

    @Property(tries = 600)
    void htmlOfPagePieces(@ForAll("htmlPage") String html) {
        throughHtml(html);
    }

    @Property(tries = 300)
    void htmlMutationsOfARealArticlePage(@ForAll("mutatedSeedPage") String html) {
        throughHtml(html);
    }

    private static void throughHtml(String html) {
        try {
            Article a = PIPELINE.build(HTML.read(html, "acak.html", null));
            ArticleInvariants.check(a);
            String all = String.join("\n", a.bodyText(), String.valueOf(a.headline()), String.valueOf(a.caption()));
            if (!html.contains("alert") || !all.contains("alert")) return;
            // Script text never becomes article text unless the page printed it as text.
            assertNoScriptText(html, all);
        } catch (InputException e) {
            ArticleInvariants.checkRefusal(e, "acak.html");
        }
    }

    /**
     * The oracle is the parsed page: text a browser would print (an unclosed title runs to the end,
     * jsoup reads {@code <![CDATA[} as text) and attribute values may hold the word; script contents never may.
     */
    private static void assertNoScriptText(String html, String articleText) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        if (doc.text().contains("alert") || doc.title().contains("alert")) return;
        // A cut page can leave script text inside an attribute (og:title content="… alert(…)"): the page's own words.
        for (org.jsoup.nodes.Element e : doc.getAllElements()) {
            for (org.jsoup.nodes.Attribute attribute : e.attributes()) {
                if (attribute.getValue().contains("alert")) return;
            }
        }
        throw new AssertionError("script text in the article: " + articleText);
    }

    // ---- JSON

    @Property(tries = 500)
    void jsonMutationsOfAWartaArticle(@ForAll("mutatedJson") String json) {
        try {
            Draft d = JSON.read(json, "acak.json");
            ArticleInvariants.check(PIPELINE.build(d));
        } catch (InputException e) {
            ArticleInvariants.checkRefusal(e, "acak.json");
        }
    }

    // ---- files: bytes in any encoding, any kind

    @Property(tries = 300)
    void anyFileIsAnArticleOrOneLine(@ForAll("fileBytes") byte[] bytes) throws IOException {
        Path file = Files.createTempFile("warta-fuzz", ".txt");
        try {
            Files.write(file, bytes);
            try {
                ArticleInvariants.check(PIPELINE.build(new InputReader().read(file.toString())));
            } catch (InputException e) {
                ArticleInvariants.checkRefusal(e, file.toString());
            }
        } finally {
            Files.delete(file);
        }
    }

    // ---- generators

    @Provide
    Arbitrary<String> articleText() {
        return Arbitraries.of(TEXT_PIECES).list().ofMaxSize(120).map(ParserProperties::joinWithSpaces);
    }

    @Provide
    Arbitrary<String> mutatedSeed() {
        return mutationsOf(SEED, TEXT_PIECES);
    }

    @Provide
    Arbitrary<String> htmlPage() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(HTML_PIECES), Arbitraries.of(TEXT_PIECES));
        return piece.list().ofMaxSize(150).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> mutatedSeedPage() {
        return mutationsOf(seedPage(), HTML_PIECES);
    }

    @Provide
    Arbitrary<String> mutatedJson() {
        String json;
        try {
            Article seed = PIPELINE.build(TEXT.read(SEED, "seed"));
            json = MAPPER.writeValueAsString(seed);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String[] jsonPieces = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "0", "-1", "1e999", "\"headline\":",
                "\"sections\":", "\"paragraphs\":", "\"quotes\":", "\"section\": 99", "\"heading\":", "\\u0000", "\\", "\"\""};
        return mutationsOf(json, jsonPieces);
    }

    @Provide
    Arbitrary<byte[]> fileBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> encodedSeed = Combinators.combine(mutatedSeed(),
                Arbitraries.of("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-16", "windows-1252", "ISO-8859-1"), Arbitraries.of(true, false))
                .as((text, charset, bom) -> encode(text, charset, bom));
        Arbitrary<byte[]> encodedPage = mutatedSeedPage().map(html -> html.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, encodedSeed, encodedPage);
    }

    private static byte[] encode(String text, String charset, boolean utf8Bom) {
        byte[] body = text.getBytes(java.nio.charset.Charset.forName(charset));
        if (!utf8Bom || !charset.equals("UTF-8")) return body;
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** Up to 8 random edits of {@code original}: cut a range, copy a range elsewhere, insert a piece, swap two lines, truncate. */
    private static Arbitrary<String> mutationsOf(String original, String[] pieces) {
        return Arbitraries.longs().map(seed -> mutate(original, pieces, new Random(seed)));
    }

    static String mutate(String original, String[] pieces, Random random) {
        StringBuilder s = new StringBuilder(original);
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int a = random.nextInt(s.length());
            int b = Math.min(s.length(), a + random.nextInt(200));
            switch (random.nextInt(5)) {
                case 0 -> s.delete(a, b);
                case 1 -> s.insert(random.nextInt(s.length() + 1), s.substring(a, b));
                case 2 -> s.insert(a, pieces[random.nextInt(pieces.length)]);
                case 3 -> s.replace(0, s.length(), swapLines(s.toString(), random));
                default -> s.setLength(b);
            }
        }
        return s.toString();
    }

    private static String swapLines(String text, Random random) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2) return text;
        int i = random.nextInt(lines.length);
        int j = random.nextInt(lines.length);
        String t = lines[i];
        lines[i] = lines[j];
        lines[j] = t;
        return String.join("\n", lines);
    }

    private static String joinWithSpaces(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (!out.isEmpty() && !p.isBlank() && !Character.isWhitespace(out.charAt(out.length() - 1))) out.append(' ');
            out.append(p);
        }
        return out.toString();
    }

    /** The seed article as a news page: headline, meta tags, script, paragraphs in an article element. */
    private static String seedPage() {
        String[] chunks = SEED.split("\n\n");
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>" + chunks[0] + " | ANTARA</title>"
                + "<meta property=\"og:title\" content=\"" + chunks[0] + "\"><meta property=\"og:site_name\" content=\"ANTARA\">"
                + "<script>var tracker = 'alert(document.cookie)';</script></head><body><nav><a href=\"/\">Beranda</a></nav>"
                + "<article><h1>" + chunks[0] + "</h1>");
        for (int i = 1; i < chunks.length; i++) page.append("<p>").append(chunks[i].replace("\n", " ")).append("</p>");
        return page.append("<iframe src=\"https://ads.example/\"></iframe></article><footer>Hak cipta</footer></body></html>").toString();
    }

    private static String readSeed() {
        try {
            return Files.readString(Path.of("data/000_541abc782ac656e9.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
