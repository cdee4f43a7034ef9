package id.warta.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article body on a page from a site Warta has no rule for, by text density in the manner
 * of Readability: every run of prose (text between block boundaries or line breaks, at least
 * {@value #MIN_RUN} letters, links not counted) scores its container by length and commas, and half
 * that to the container's parent; the element with the best score, discounted by its share of link
 * text and weighed by what its class and id say, is the body.
 */
final class GeneralExtractor {
    static final int MIN_RUN = 25;
    private static final int TOP_CANDIDATES = 8;
    /** A sibling scoring this share of the best block is another part of the same story. */
    private static final double SPLIT_SHARE = 0.2;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "blockquote", "li", "pre", "dd");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "blockquote", "li", "ul",
            "ol", "td", "tr", "table", "dd", "dl", "main", "header", "pre", "center", "h1", "h2", "h3", "h4", "h5",
            "h6", "body");
    private static final Pattern GOOD_NAME = Pattern.compile(
            "article|artikel|content|konten|body|text|entry|post|story|berita|isi|detail|read|main|news",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BAD_NAME = Pattern.compile(
            "comment|komentar|sidebar|footer|related|terkait|share|social|sosmed|nav|menu|widget|ads?\\b|banner"
                    + "|promo|popular|populer|rekomendasi|lainnya|terbaru|tag|breadcrumb|header|masthead",
            Pattern.CASE_INSENSITIVE);

    /** A finished run of prose: the block element it sits in and what it is worth. */
    private record Run(Element owner, double points) {
    }

    private final List<Run> runs = new ArrayList<>();
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private Element runOwner;
    private int runLetters;
    private int runLinkLetters;
    private int runCommas;
    private int linkDepth;

    private GeneralExtractor() {
    }

    /** The element most likely to hold the article body, or empty when no run of prose is found. */
    static Optional<Element> bodyOf(Element root) {
        GeneralExtractor extractor = new GeneralExtractor();
        extractor.walk(root, root);
        extractor.endRun();
        extractor.credit();
        return extractor.best();
    }

    private void walk(Node node, Element owner) {
        if (node instanceof TextNode t) {
            if (owner != runOwner) {
                endRun();
                runOwner = owner;
            }
            count(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        if (PageFurniture.skippedTag(tag) || PageFurniture.named(e)) return;
        if (tag.equals("br")) {
            endRun();
            return;
        }
        boolean block = BLOCK_TAGS.contains(tag);
        boolean link = tag.equals("a");
        if (block) endRun();
        if (link) linkDepth++;
        Element childOwner = block ? e : owner;
        for (Node child : e.childNodes()) walk(child, childOwner);
        if (link) linkDepth--;
        if (block) endRun();
    }

    private void count(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (linkDepth > 0) runLinkLetters++;
                else runLetters++;
            } else if (c == ',' && linkDepth == 0) {
                runCommas++;
            }
        }
    }

    private void endRun() {
        if (runOwner != null && runLetters >= MIN_RUN && runLinkLetters < runLetters) {
            runs.add(new Run(runOwner, 1 + runCommas + Math.min(runLetters / 100.0, 3)));
        }
        runOwner = null;
        runLetters = 0;
        runLinkLetters = 0;
        runCommas = 0;
    }

    /**
     * Credits every run to its container and, at half weight, the container's parent. The container
     * is the parent of a paragraph (even one split by line breaks) or of a div used as one; a div or
     * cell holding several runs split by line breaks is a container itself.
     */
    private void credit() {
        Map<Element, Integer> runsPerOwner = new IdentityHashMap<>();
        for (Run run : runs) runsPerOwner.merge(run.owner(), 1, Integer::sum);
        for (Run run : runs) {
            Element owner = run.owner();
            boolean paragraph = PARAGRAPH_TAGS.contains(owner.normalName())
                    || runsPerOwner.get(owner) == 1 && paragraphLike(owner);
            Element container = paragraph && owner.parent() != null ? owner.parent() : owner;
            scores.merge(container, run.points(), Double::sum);
            if (container.parent() != null) scores.merge(container.parent(), run.points() / 2, Double::sum);
        }
    }

    /** A div used as a paragraph (only inline content inside): its parent holds the story. */
    private static boolean paragraphLike(Element e) {
        for (Element child : e.children()) {
            if (BLOCK_TAGS.contains(child.normalName())) return false;
        }
        return true;
    }

    /** Link density needs a walk of each candidate, so only the leading few are weighed with it. */
    private Optional<Element> best() {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            String tag = entry.getKey().normalName();
            if (tag.equals("body") || tag.equals("html")) continue;
            ranked.add(Map.entry(entry.getKey(), entry.getValue() + nameWeight(entry.getKey())));
        }
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : ranked.subList(0, Math.min(TOP_CANDIDATES, ranked.size()))) {
            double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best == null ? null : widenToSplitBody(best));
    }

    /**
     * Some pages cut the story into sibling blocks of the same kind (an ad or a box between two
     * {@code div.article-text}); then the body is their parent, whose furniture is dropped later.
     */
    private Element widenToSplitBody(Element best) {
        Element parent = best.parent();
        if (parent == null || parent.normalName().equals("body")) return best;
        double bestScore = scores.getOrDefault(best, 0.0);
        for (Element sibling : parent.children()) {
            if (sibling != best && sibling.normalName().equals(best.normalName())
                    && sibling.className().equals(best.className())
                    && scores.getOrDefault(sibling, 0.0) >= bestScore * SPLIT_SHARE) {
                return parent;
            }
        }
        return best;
    }

    private static double nameWeight(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) return 0;
        double weight = 0;
        if (GOOD_NAME.matcher(names).find()) weight += 25;
        if (BAD_NAME.matcher(names).find()) weight -= 25;
        return weight;
    }

    /** Share of the element's letters that sit inside links. */
    static double linkDensity(Element e) {
        int[] counts = new int[2];
        countLetters(e, false, counts);
        return counts[0] == 0 ? 1 : counts[1] / (double) counts[0];
    }

    private static void countLetters(Node node, boolean inLink, int[] counts) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            for (int i = 0; i < s.length(); i++) {
                if (Character.isLetterOrDigit(s.charAt(i))) {
                    counts[0]++;
                    if (inLink) counts[1]++;
                }
            }
            return;
        }
        if (!(node instanceof Element e) || PageFurniture.skippedTag(e.normalName())) return;
        boolean link = inLink || e.normalName().equals("a");
        for (Node child : e.childNodes()) countLetters(child, link, counts);
    }
}
