package id.warta.ingest;

import id.warta.ingest.layout.Block;
import id.warta.ingest.layout.Dateline;
import id.warta.ingest.layout.Furniture;
import id.warta.ingest.layout.PrintedDate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the element holding an article body into headings and paragraphs. Paragraphs are split at
 * block elements and at {@code <br>} (many outlets separate paragraphs with two of them); sub-headings
 * are {@code h2}–{@code h6} or short paragraphs set wholly in bold. Furniture inside the body (captions,
 * ads, share and related boxes, "Baca juga" lines, credit lines, link lists) is dropped. A printed
 * dateline standing alone before the first paragraph ({@code <strong>Jakarta</strong> - <p>…}) is kept
 * at the start of that paragraph, where the layout step looks for it; datelines are recognised by the one
 * dateline reader ({@link Dateline}), furniture lines by the one list ({@link Furniture}).
 */
final class BodyBlocks {
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "blockquote", "li", "ul",
            "ol", "tr", "td", "th", "table", "tbody", "dd", "dt", "dl", "header", "main", "center", "pre", "address", "hr");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** A dash touching the word before it at a fragment's end ("Jakarta-"): spaced, for the dateline reader. */
    private static final Pattern TOUCHING_DASH = Pattern.compile("(\\S)(-{1,2}|–|—)$");
    private static final Pattern INITIALS = Pattern.compile("^\\(.{1,40}\\)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");
    private static final int MAX_HEADING_LENGTH = 120;
    private static final int MAX_DATE_LINE = 60;

    /** One run of text between block boundaries, with how much of it was bold or linked. */
    private record Fragment(String text, boolean heading, double boldShare, double linkShare, String boldLead) {
    }

    private final String extraNoise;
    private final List<Fragment> fragments = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int letters;
    private int boldLetters;
    private int linkLetters;
    private int boldDepth;
    private int linkDepth;
    /** Where the fragment's opening bold run ends in {@code text}; -1 once plain letters came first. */
    private int boldLeadEnd;

    private BodyBlocks(String extraNoise) {
        this.extraNoise = extraNoise == null || extraNoise.isBlank() ? null : extraNoise;
    }

    /** The blocks of {@code body}; {@code noise} is a site's own furniture selector (may be null). */
    static List<Block> of(Element body, String noise) {
        BodyBlocks collector = new BodyBlocks(noise);
        Set<Element> siteNoise = collector.extraNoise == null ? Set.of() : Set.copyOf(body.select(collector.extraNoise));
        collector.walk(body, siteNoise, true);
        collector.flush(false);
        return collector.blocks();
    }

    private void walk(Node node, Set<Element> siteNoise, boolean root) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        if (!root && (PageFurniture.skippedTag(tag) || siteNoise.contains(e) || PageFurniture.named(e))) return;
        if (tag.equals("br")) {
            flush(false);
            return;
        }
        if (HEADING_TAGS.contains(tag)) {
            flush(false);
            for (Node child : e.childNodes()) walk(child, siteNoise, false);
            flush(true);
            return;
        }
        boolean block = BLOCK_TAGS.contains(tag);
        boolean bold = tag.equals("b") || tag.equals("strong");
        boolean link = tag.equals("a");
        if (block) flush(false);
        if (bold) boldDepth++;
        if (link) linkDepth++;
        for (Node child : e.childNodes()) walk(child, siteNoise, false);
        if (bold) boldDepth--;
        if (link) linkDepth--;
        if (block) flush(false);
    }

    private void append(String raw) {
        int offset = text.length();
        text.append(raw);
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isLetterOrDigit(raw.charAt(i))) {
                if (boldDepth > 0 && boldLeadEnd >= 0 && boldLetters == letters) boldLeadEnd = offset + i + 1;
                if (boldDepth == 0 && boldLetters == letters && boldLetters == 0) boldLeadEnd = -1;
                letters++;
                if (boldDepth > 0) boldLetters++;
                if (linkDepth > 0) linkLetters++;
            }
        }
    }

    private void flush(boolean heading) {
        String clean = SPACES.matcher(text).replaceAll(" ").strip();
        if (!clean.isEmpty() && letters > 0) {
            String lead = boldLeadEnd > 0 && boldLetters < letters
                    ? SPACES.matcher(text.substring(0, boldLeadEnd)).replaceAll(" ").strip() : null;
            fragments.add(new Fragment(clean, heading, boldLetters / (double) letters, linkLetters / (double) letters, lead));
        }
        text.setLength(0);
        boldLeadEnd = 0;
        letters = 0;
        boldLetters = 0;
        linkLetters = 0;
    }

    private List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        String pendingDateline = null;
        for (Fragment f : fragments) {
            String t = f.text();
            if (isFurniture(f)) continue;
            if (out.stream().noneMatch(b -> !b.isHeading()) && isDatelineAlone(t) && !f.heading()) {
                pendingDateline = pendingDateline == null ? t : pendingDateline + " " + t;
                continue;
            }
            if (isHeading(f)) {
                out.add(Block.heading(t));
                continue;
            }
            if (pendingDateline != null) {
                t = pendingDateline + " " + t;
                pendingDateline = null;
            } else if (out.stream().noneMatch(b -> !b.isHeading())) {
                t = withDatelineDash(t, f.boldLead());
            }
            out.add(Block.paragraph(t));
        }
        return dropEmptyHeadings(out);
    }

    /** A fragment that is a dateline and nothing else ({@code <strong>Jakarta</strong> -}). */
    private static boolean isDatelineAlone(String text) {
        if (text.length() > 90) return false;
        String spaced = TOUCHING_DASH.matcher(text).replaceFirst("$1 $2");
        return Dateline.find(spaced).filter(d -> d.rest().isEmpty()).isPresent();
    }

    /**
     * A first paragraph that opens with a bold "Outlet, Place" and no dash ({@code <b>Liputan6.com,
     * Jakarta</b> London …}) prints its dateline by typography alone; the dash is added so the
     * layout step, which reads text, sees the dateline too.
     */
    private static String withDatelineDash(String text, String boldLead) {
        if (boldLead == null || Dateline.withoutDash(boldLead).isEmpty()) return text;
        if (!text.startsWith(boldLead)) return text;
        String rest = text.substring(boldLead.length()).strip();
        if (rest.isEmpty() || "-–—".indexOf(rest.charAt(0)) >= 0) return text;
        return boldLead + " - " + rest;
    }

    private static boolean isFurniture(Fragment f) {
        String t = f.text();
        if (Furniture.isInsert(t) || Furniture.isListLabel(t) || Furniture.isCredit(t)) return true;
        // A line holding just the printed date belongs to the byline, not the story.
        if (t.length() <= MAX_DATE_LINE && PrintedDate.find(t).isPresent()) return true;
        // A run that is nearly all link text is a related-article list or a tag cloud.
        return f.linkShare() >= 0.8;
    }

    private static boolean isHeading(Fragment f) {
        String t = f.text();
        if (t.length() > MAX_HEADING_LENGTH || INITIALS.matcher(t).matches()) return false;
        if (f.heading()) return true;
        if (f.boldShare() < 0.999) return false;
        char last = t.charAt(t.length() - 1);
        // A bold sentence (ending in a stop) is emphasis, not a sub-heading; so is a bold quote.
        return ".,;:\"”'".indexOf(last) < 0 && t.chars().filter(Character::isLetter).count() >= 3;
    }

    /** A heading with no paragraph under it (a label over a removed box) is not a section. */
    private static List<Block> dropEmptyHeadings(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean nextIsParagraph = i + 1 < blocks.size() && !blocks.get(i + 1).isHeading();
            if (!b.isHeading() || nextIsParagraph) out.add(b);
        }
        return out;
    }
}
