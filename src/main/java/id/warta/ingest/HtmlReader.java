package id.warta.ingest;

import id.warta.ingest.layout.Block;
import id.warta.ingest.layout.Draft;
import id.warta.ingest.layout.Outlet;
import id.warta.ingest.layout.Outlets;
import id.warta.ingest.layout.PrintedDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a news article from a web page into a Draft. Metadata comes first from JSON-LD, then from
 * OpenGraph and meta tags, then from the page itself; the body from the outlet's {@link SiteRule}
 * when Warta knows the outlet, else from the {@link GeneralExtractor}. The page's outlet is the one the
 * registry ({@link Outlets}) lists for its address. A page without article text (an index page, a login
 * wall) is refused with the reason.
 */
public final class HtmlReader {
    /** Fewer letters than this in the body is no article. */
    private static final int MIN_ARTICLE_LETTERS = 150;
    /** Without article markup, a body this short on a page made mostly of links is an index's teaser. */
    private static final int MIN_UNMARKED_LETTERS = 400;

    private final boolean siteRules;

    public HtmlReader() {
        this(true);
    }

    /** Without site rules every page goes to the general extractor (to measure it on known sites). */
    HtmlReader(boolean siteRules) {
        this.siteRules = siteRules;
    }

    /** Reads a page from its bytes; {@code headerCharset} is the HTTP header's charset, or null for a file. */
    public Draft read(byte[] page, String headerCharset, String origin, String fetchedUrl) throws InputException {
        return read(PageCharset.decode(page, headerCharset), origin, fetchedUrl);
    }

    /**
     * Reads a decoded page. {@code origin} names the input in errors; {@code fetchedUrl} is the address
     * the page was fetched from, or null for a saved file.
     */
    public Draft read(String html, String origin, String fetchedUrl) throws InputException {
        if (html == null || html.isBlank()) throw new InputException(origin, "the page is empty");
        Document doc = Jsoup.parse(html, fetchedUrl == null ? "" : fetchedUrl);
        MetaTags meta = MetaTags.of(doc);
        JsonLd ld = JsonLd.of(meta.jsonLdScripts());
        String url = firstHttp(meta.pageUrl(), ld.url(), fetchedUrl);
        String host = PageHost.of(url);
        if (host == null) host = PageHost.dominantLinkDomain(doc);
        Optional<Outlet> site = Outlets.standard().byAddress(url != null ? url : host);
        SiteRule rule = siteRules ? site.flatMap(o -> SiteRules.forOutlet(o.name())).orElse(null) : null;

        SiteRule.Match match = rule == null ? new SiteRule.Match(null, null, null, null)
                : rule.match(doc, e -> letters(e.text()) >= MIN_ARTICLE_LETTERS);
        Element body = match.body();
        boolean marked = body != null || ld.headline() != null || "article".equals(meta.type())
                || meta.published() != null || meta.hasArticleBodyMarkup();
        if (body == null) body = GeneralExtractor.bodyOf(doc.body()).orElse(null);
        List<Block> blocks = body == null ? List.of() : BodyBlocks.of(body, rule == null ? null : rule.noise());
        blocks = preferLdBody(blocks, ld.articleBody());
        refuseNonArticle(doc, origin, body, blocks, marked, meta.hasLoginForm());

        String siteName = firstNonNull(meta.siteName(), site.map(Outlet::name).orElse(null), host);
        Element headingElement = match.headline();
        if (headingElement == null) headingElement = Headline.matchingHeading(doc, meta.title(), siteName);
        String headline = headline(ld, headingElement, meta, siteName, doc);
        blocks = withoutHeadlineEcho(blocks, headline);

        String published = published(doc, ld, meta, match.date(), headingElement);
        String caption = caption(doc, match.caption(), body);
        String source = firstNonNull(ld.publisher(), meta.siteName(), PageHost.domain(host));
        return new Draft(headline, site.map(Outlet::name).orElse(null), source, published, url, caption, blocks, null);
    }

    /** JSON-LD's articleBody wins when the page's own markup yielded much less text (a script-built page). */
    private static List<Block> preferLdBody(List<Block> blocks, String articleBody) {
        if (articleBody == null) return blocks;
        int domLetters = blocks.stream().mapToInt(b -> letters(b.text())).sum();
        if (letters(articleBody) < domLetters * 1.5) return blocks;
        List<Block> out = new ArrayList<>();
        for (String p : articleBody.split("\\s*\\n\\s*")) {
            if (!p.isBlank()) out.add(Block.paragraph(p.strip()));
        }
        return out;
    }

    private static void refuseNonArticle(Document doc, String origin, Element body, List<Block> blocks,
                                         boolean marked, boolean login) throws InputException {
        int bodyLetters = blocks.stream().filter(b -> !b.isHeading()).mapToInt(b -> letters(b.text())).sum();
        if (login && bodyLetters < 600) {
            throw new InputException(origin, "not an article: the page asks for a login (a login wall)");
        }
        if (bodyLetters < MIN_ARTICLE_LETTERS) {
            throw new InputException(origin, "not an article: no article text found on the page");
        }
        boolean linkHeavy = GeneralExtractor.linkDensity(body) > 0.35
                || bodyLetters < MIN_UNMARKED_LETTERS && GeneralExtractor.linkDensity(doc.body()) > 0.5;
        if (!marked && linkHeavy) {
            throw new InputException(origin, "not an article: the page looks like an index of links, not one story");
        }
    }

    private static String headline(JsonLd ld, Element heading, MetaTags meta, String siteName, Document doc) {
        if (ld.headline() != null) return Headline.normalise(ld.headline());
        if (heading != null) return Headline.normalise(heading.text());
        if (meta.title() != null) return Headline.withoutSiteName(meta.title(), siteName);
        Element h1 = doc.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : Headline.normalise(h1.text());
    }

    /** Bodies often open with the headline again; before the first paragraph it is not a section. */
    private static List<Block> withoutHeadlineEcho(List<Block> blocks, String headline) {
        if (headline == null) return blocks;
        List<Block> out = new ArrayList<>();
        boolean story = false;
        for (Block b : blocks) {
            story |= !b.isHeading() && !b.text().equalsIgnoreCase(headline);
            if (story || !b.text().equalsIgnoreCase(headline)) out.add(b);
        }
        return out;
    }

    /**
     * The publication time: the machine's (JSON-LD, then meta tags) settled against the date printed by the
     * headline (see {@link PrintedDate#settle}). A time without a zone is read in the zone the page prints
     * (WITA, WIT), else WIB.
     */
    private static String published(Document doc, JsonLd ld, MetaTags meta, Element dateElement, Element heading) {
        Optional<PrintedDate> machine = PrintedDate.machine(ld.datePublished());
        if (machine.isEmpty()) machine = PrintedDate.machine(meta.published());
        Optional<PrintedDate> printed = Optional.empty();
        if (dateElement != null) printed = PrintedDate.find(dateElement.text());
        if (printed.isEmpty()) printed = nearestPrintedDate(doc, heading);
        ZoneOffset zone = printed.map(PrintedDate::zone)
                .or(() -> dateElement == null ? Optional.empty() : PrintedDate.zoneNamed(dateElement.text()))
                .orElse(PrintedDate.WIB);
        printed = printed.map(p -> p.inZone(zone));
        return PrintedDate.settle(machine, printed).map(d -> d.inZone(zone).iso()).orElse(null);
    }

    /**
     * The printed date closest to the headline in reading order (before or after it): bylines sit just
     * above or below the headline, while dated lists of other stories sit further away.
     */
    private static Optional<PrintedDate> nearestPrintedDate(Document doc, Element heading) {
        List<String> texts = new ArrayList<>();
        int[] headingAt = {-1};
        collectTexts(doc.body(), heading, texts, headingAt);
        int anchor = headingAt[0] < 0 ? 0 : headingAt[0];
        for (int distance = 0; distance < texts.size(); distance++) {
            for (int index : new int[]{anchor + distance, anchor - distance}) {
                if (index < 0 || index >= texts.size()) continue;
                Optional<PrintedDate> date = PrintedDate.find(texts.get(index));
                if (date.isEmpty() && index + 1 < texts.size() && PrintedDate.line(texts.get(index)).isPresent()) {
                    // The date and its time in two elements ("Kamis, 2 November 2023" "16:00 WIB"): read together.
                    date = PrintedDate.find(texts.get(index) + " " + texts.get(index + 1));
                }
                if (date.isPresent()) return date;
            }
        }
        return Optional.empty();
    }

    private static void collectTexts(Node node, Element heading, List<String> texts, int[] headingAt) {
        if (node == heading) headingAt[0] = texts.size();
        if (node instanceof TextNode t) {
            String s = t.text().strip();
            if (s.length() >= 4) texts.add(s);
            return;
        }
        if (!(node instanceof Element e) || e.normalName().equals("script") || e.normalName().equals("style")) return;
        for (Node child : e.childNodes()) collectTexts(child, heading, texts, headingAt);
    }

    /** The lead photo's caption: the site's caption element, or the first caption before the body text. */
    private static String caption(Document doc, Element ruleCaption, Element body) {
        Element caption = ruleCaption;
        if (caption == null) caption = firstCaptionBefore(doc, body);
        if (caption == null) return null;
        Element copy = caption.clone();
        copy.select(".author, .credit, [class*=credit], [class*=author], img, script").remove();
        String text = Headline.normalise(copy.text());
        return text.isEmpty() ? null : text;
    }

    private static Element firstCaptionBefore(Document doc, Element body) {
        Element firstParagraph = body == null ? null : body.selectFirst("p");
        // Lazily, in document order: the answer is nearly always one of the first few, and a full select ran a regex on every element.
        Iterable<Element> captions = doc.selectStream("figcaption, [class~=(?i)caption], [id~=(?i)caption], .wp-caption-text")::iterator;
        for (Element e : captions) {
            if (body != null && e.siblingIndex() >= 0 && precedes(firstParagraph == null ? body : firstParagraph, e)) {
                return null;
            }
            if (!e.text().isBlank()) return e;
        }
        return null;
    }

    /** True when {@code a} comes before {@code b} in document order. */
    private static boolean precedes(Element a, Element b) {
        List<Element> aPath = a.parents();
        aPath.add(0, a);
        List<Element> bPath = b.parents();
        bPath.add(0, b);
        // Walk both ancestor chains from the root to where they part, then compare sibling order.
        int i = aPath.size() - 1;
        int j = bPath.size() - 1;
        while (i >= 0 && j >= 0 && aPath.get(i) == bPath.get(j)) {
            i--;
            j--;
        }
        if (i < 0) return true;
        if (j < 0) return false;
        return aPath.get(i).siblingIndex() < bPath.get(j).siblingIndex();
    }

    static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) n++;
        }
        return n;
    }

    private static String firstHttp(String... urls) {
        for (String u : urls) {
            if (u != null && (u.startsWith("http://") || u.startsWith("https://"))) return u;
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) return v;
        }
        return null;
    }
}
