package id.warta.ingest.feed;

import id.warta.ingest.layout.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An item's own text (content:encoded, Atom content, a description) as body blocks. It is a fragment of
 * the article, not a page: there is no navigation or footer to strip, so every block element is a
 * paragraph and h1–h6 are sub-headings. Images, figures and their captions, media and scripts are
 * dropped (a feed's teaser often opens with the lead photo). Text with no markup at all (an RDF
 * description) is split at blank lines.
 */
final class ItemContent {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "object", "embed",
            "img", "picture", "figure", "figcaption", "video", "audio", "svg", "form", "button");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "li", "ul", "ol", "blockquote",
            "table", "tr", "pre", "dl", "dd", "dt", "header", "footer", "aside", "address", "center");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0]+");

    private ItemContent() {
    }

    /** The blocks of {@code content}; empty when it holds no text. */
    static List<Block> blocks(String content) {
        if (content == null || content.isBlank()) return List.of();
        if (!MARKUP.matcher(content).find()) return plainBlocks(Jsoup.parse(content).wholeText());
        Element body = Jsoup.parseBodyFragment(content).body();
        body.select(String.join(",", DROPPED)).remove();
        Collector collector = new Collector();
        body.traverse(collector);
        collector.flush(false);
        return collector.blocks;
    }

    private static List<Block> plainBlocks(String text) {
        List<Block> out = new ArrayList<>();
        for (String part : BLANK_LINES.split(text)) {
            String p = oneLine(part);
            if (!p.isEmpty()) out.add(Block.paragraph(p));
        }
        return out;
    }

    /** Whether any paragraph holds a letter: markup, numbers and punctuation alone are no text. */
    static boolean hasText(List<Block> blocks) {
        for (Block b : blocks) {
            if (!b.isHeading() && b.text().codePoints().anyMatch(Character::isLetter)) return true;
        }
        return false;
    }

    private static String oneLine(String text) {
        return BLANKS.matcher(text).replaceAll(" ").strip();
    }

    /** Gathers text into the current block; a block element's start or end, or two line breaks, close it. */
    private static final class Collector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean lastWasBreak;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
                if (!text.isBlank()) lastWasBreak = false;
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    if (lastWasBreak) flush(false);
                    else current.append('\n');
                    lastWasBreak = true;
                } else if (BLOCKS.contains(tag) || HEADINGS.contains(tag)) {
                    flush(false);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (HEADINGS.contains(tag)) flush(true);
                else if (BLOCKS.contains(tag)) flush(false);
            }
        }

        void flush(boolean heading) {
            String text = oneLine(current.toString());
            current.setLength(0);
            lastWasBreak = false;
            if (text.isEmpty()) return;
            blocks.add(heading ? Block.heading(text) : Block.paragraph(text));
        }
    }
}
