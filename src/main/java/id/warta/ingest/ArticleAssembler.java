package id.warta.ingest;

import id.warta.model.Article;
import id.warta.model.ArticleId;
import id.warta.model.Quote;
import id.warta.model.Section;
import id.warta.text.Boilerplate;
import id.warta.text.Dateline;
import id.warta.text.PublishedDate;
import id.warta.text.QuoteFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a Draft from any reader into an Article: drops page furniture (reading links, credit
 * tails, reporter initials), takes the printed dateline off the first paragraph, groups blocks
 * into sections at sub-headings, and finds the quotes. It assumes nothing about which reader made
 * the draft: a plain-text draft and an HTML draft whose first paragraph still says
 * {@code JAKARTA, KOMPAS.com - …} are treated alike.
 *
 * <p>Source: the draft's own (a source block, a meta tag) wins; else the outlet in the dateline;
 * else a closing wire tag ({@code (ant)}). Published: the draft's, else a date inside the dateline.
 */
public final class ArticleAssembler {
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f]+");
    private final QuoteFinder quotes = new QuoteFinder();

    public Article assemble(Draft draft) {
        List<Block> blocks = withoutFurniture(draft.blocks());
        String tagSource = closingTagSource(draft.blocks());
        blocks = stripClosingTag(blocks);
        Optional<Dateline> dateline = Optional.empty();
        int first = firstParagraph(blocks);
        if (first >= 0) {
            dateline = Dateline.find(blocks.get(first).text());
            if (dateline.isPresent()) {
                String rest = dateline.get().rest();
                blocks = new ArrayList<>(blocks);
                if (rest.isEmpty()) blocks.remove(first);
                else blocks.set(first, Block.paragraph(rest));
            }
        }
        String source = firstNonNull(draft.source(), dateline.map(Dateline::outlet).orElse(null), tagSource);
        String published = draft.published() != null ? draft.published()
                : dateline.map(Dateline::date).flatMap(PublishedDate::parse).orElse(null);
        List<Section> sections = sections(blocks);
        List<Quote> found = quotes.find(sections);
        Article a = new Article(null, blankToNull(draft.headline()), source, dateline.map(Dateline::place).orElse(null),
                published, draft.url(), blankToNull(draft.caption()), sections, found, List.of(), List.of(), List.of(),
                "", List.of());
        return a.withId(ArticleId.of(a.headline(), a.bodyText()));
    }

    /** Reading links go wherever they stand; a credit line ends the body. */
    private static List<Block> withoutFurniture(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            // Readers of web pages hand over no-break spaces and runs of blanks; the rules see one space.
            String text = b.text() == null ? "" : oneSpace(b.text().replace('\u00A0', ' ')).strip();
            if (text.isEmpty() || Boilerplate.isInsert(text)) continue;
            if (!out.isEmpty() && Boilerplate.startsTail(text)) break;
            out.add(text.equals(b.text()) ? b : new Block(b.kind(), text));
        }
        return out;
    }

    /** Runs of blanks as one space; most blocks have none, and they skip the regex. */
    private static String oneSpace(String text) {
        boolean plain = text.indexOf("  ") < 0;
        for (int i = 0; plain && i < text.length(); i++) {
            char c = text.charAt(i);
            plain = c != '\t' && c != '\u000B' && c != '\f';
        }
        return plain ? text : BLANKS.matcher(text).replaceAll(" ");
    }

    private static String closingTagSource(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).isHeading()) continue;
            Optional<String> tag = Boilerplate.tagOutlet(blocks.get(i).text());
            if (tag.isPresent()) return tag.get();
        }
        return null;
    }

    /** The last paragraph without its wire tag or reporter initials. */
    private static List<Block> stripClosingTag(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).isHeading()) continue;
            String text = Boilerplate.withoutTrailingTag(blocks.get(i).text());
            List<Block> out = new ArrayList<>(blocks);
            if (text.isEmpty()) out.remove(i);
            else out.set(i, Block.paragraph(text));
            return out;
        }
        return blocks;
    }

    /** The first paragraph, if nothing but headings comes before it: only the body's start has a dateline. */
    private static int firstParagraph(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) if (!blocks.get(i).isHeading()) return i;
        return -1;
    }

    /** Blocks to sections: each heading opens one; the lead section has a null heading. */
    private static List<Section> sections(List<Block> blocks) {
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (Block b : blocks) {
            if (b.isHeading()) {
                if (!paragraphs.isEmpty()) sections.add(new Section(heading, paragraphs, ""));
                heading = b.text();
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(b.text());
            }
        }
        if (!paragraphs.isEmpty()) sections.add(new Section(heading, paragraphs, ""));
        return sections;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
