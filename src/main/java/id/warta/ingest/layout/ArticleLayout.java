package id.warta.ingest.layout;

import id.warta.model.Article;
import id.warta.model.ArticleId;
import id.warta.model.Section;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The layout step: turns a Draft from any reader into an Article's headline, source, dateline, published
 * date, caption and sections. Drops furniture (reading links, list labels, photo captions in the body, the
 * closing credits and wire tag), takes the printed dateline off the body's start, and groups the blocks into
 * sections at sub-headings. It assumes nothing about which reader made the draft: a text copy and the page
 * it was copied from are laid out alike. Quotes, entities and summaries come after it (ArticlePipeline).
 * Thread-safe.
 */
public final class ArticleLayout {
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f]+");
    /** A dateline is looked for in the first paragraph, or after up to this many caption paragraphs before it. */
    private static final int CAPTIONS_BEFORE_DATELINE = 2;

    private final Clock clock;

    public ArticleLayout() {
        this(Clock.systemDefaultZone());
    }

    /** {@code clock} gives the import date, the last resort for the year of a lead's date. */
    public ArticleLayout(Clock clock) {
        this.clock = clock;
    }

    public Article layOut(Draft draft) {
        Tail tail = Tail.of(withoutInserts(draft.blocks()));
        Lead lead = lead(new ArrayList<>(tail.body()), blankToNull(draft.caption()));
        List<Block> blocks = new ArrayList<>(lead.blocks());
        blocks.removeIf(b -> !b.isHeading() && Furniture.isPhotoCaption(b.text()));
        Dateline dateline = lead.dateline();
        String source = ArticleSource.decide(draft, dateline, tail);
        List<Section> sections = sections(blocks);
        String published = published(draft, dateline, sections);
        Article a = new Article(null, blankToNull(draft.headline()), source, dateline == null ? null : dateline.place(),
                published, draft.url(), lead.caption(), sections, List.of(), List.of(), List.of(), List.of(), "", List.of());
        return a.withId(ArticleId.of(a.headline(), a.bodyText()));
    }

    /** The body's start: its dateline (or null), the caption, and the blocks with the dateline taken off. */
    private record Lead(Dateline dateline, String caption, List<Block> blocks) {
    }

    private static Lead lead(List<Block> blocks, String caption) {
        int at = datelineParagraph(blocks);
        if (at < 0) return new Lead(null, caption, blocks);
        Dateline dateline = Dateline.find(blocks.get(at).text()).orElseThrow();
        List<Block> kept = new ArrayList<>();
        String leadCaption = caption;
        for (Block b : blocks.subList(0, at)) {
            // Paragraphs before the dateline are the photo's caption, set above the story.
            if (b.isHeading()) kept.add(b);
            else if (leadCaption == null) leadCaption = b.text();
        }
        if (!dateline.rest().isEmpty()) kept.add(Block.paragraph(dateline.rest()));
        kept.addAll(blocks.subList(at + 1, blocks.size()));
        return new Lead(dateline, leadCaption, kept);
    }

    /** Reading links and list labels go wherever they stand; blanks become one space. */
    private static List<Block> withoutInserts(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            // Readers of web pages hand over no-break spaces and runs of blanks; the rules see one space.
            String text = b.text() == null ? "" : oneSpace(b.text().replace('\u00A0', ' ')).strip();
            if (text.isEmpty() || Furniture.isInsert(text) || Furniture.isListLabel(text)) continue;
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

    /**
     * Where the dateline is: the first paragraph (only headings before it), or a later one when every
     * paragraph before it is a photo caption, or when its dateline names an outlet the registry knows
     * and what precedes it is a short caption-like paragraph (a Tempo page set its photo caption first).
     * -1 when the body opens without one.
     */
    private static int datelineParagraph(List<Block> blocks) {
        int paragraphs = 0;
        for (int i = 0; i < blocks.size() && paragraphs <= CAPTIONS_BEFORE_DATELINE; i++) {
            Block b = blocks.get(i);
            if (b.isHeading()) {
                if (paragraphs > 0) return -1;
                continue;
            }
            Optional<Dateline> found = Dateline.find(b.text());
            // A dateline alone with no paragraph after it would leave no body: it is the body's only text.
            boolean leavesText = found.isPresent() && (!found.get().rest().isEmpty() || paragraphAfter(blocks, i));
            if (leavesText && (paragraphs == 0 || captionsBefore(blocks, i, found.get()))) return i;
            paragraphs++;
        }
        return -1;
    }

    private static boolean paragraphAfter(List<Block> blocks, int i) {
        return blocks.subList(i + 1, blocks.size()).stream().anyMatch(b -> !b.isHeading());
    }

    private static boolean captionsBefore(List<Block> blocks, int at, Dateline dateline) {
        boolean knownOutlet = dateline.outlet() != null
                && Outlets.standard().byName(dateline.outlet()).isPresent();
        for (int i = 0; i < at; i++) {
            String text = blocks.get(i).text();
            boolean caption = Furniture.isPhotoCaption(text) || knownOutlet && Furniture.words(text) <= 40;
            if (!blocks.get(i).isHeading() && !caption) return false;
        }
        return true;
    }

    /**
     * The draft's date; else the date inside the dateline; else the date the lead prints for its event
     * ({@code Jumat (8/9/2017)}), a date without a time, its year when not printed taken from the file's
     * date, else the import date (see {@link PrintedDate#inLead}).
     */
    private String published(Draft draft, Dateline dateline, List<Section> sections) {
        if (draft.published() != null) return draft.published();
        Optional<PrintedDate> inDateline = dateline == null ? Optional.empty()
                : Optional.ofNullable(dateline.date()).flatMap(PrintedDate::line);
        if (inDateline.isPresent()) return inDateline.get().iso();
        if (sections.isEmpty()) return null;
        LocalDate hint = draft.filed() != null ? draft.filed() : LocalDate.now(clock);
        return PrintedDate.inLead(sections.get(0).paragraphs().get(0), hint).map(LocalDate::toString).orElse(null);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
