package id.warta.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an article's body ends, and what its closing lines say. Credit lines ({@code Editor: …},
 * {@code Copyright © ANTARA 2025}), tag lists and source lines ({@code Sumber: Antara}) close an article:
 * the first of them with no more story after it ends the body, and it and all that follows are furniture.
 * The same line with story after it (two or more prose paragraphs) credits an embedded photo or post
 * ({@code Sumber: twitter @tabloidbola} mid-story): it alone is dropped, and it says nothing of the source.
 *
 * @param body      the blocks of the story
 * @param copyright the outlet a closing copyright line names, or null
 * @param sourced   the outlet a closing {@code Sumber:} line names under {@link SourceLine}'s rule, or null
 * @param tagged    the wire a closing tag names ({@code (ant)} alone on the last line, or closing the last
 *                  paragraph), or null
 */
record Tail(List<Block> body, String copyright, String sourced, String tagged) {
    /** Prose paragraphs after a closing line that make it an embedded credit rather than the article's end. */
    private static final int STORY_AFTER = 2;
    private static final int PROSE_WORDS = 10;

    static Tail of(List<Block> blocks) {
        int[] storyAfter = storyAfter(blocks);
        int end = blocks.size();
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean closing = !b.isHeading() && Furniture.closes(b.text());
            if (closing && hasParagraph(body) && storyAfter[i + 1] < STORY_AFTER) {
                end = i;
                break;
            }
            if (!closing) body.add(b);
        }
        String copyright = null;
        String sourced = null;
        String tagged = closingTagOutlet(body).orElse(null);
        for (int i = end; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (copyright == null) copyright = SourceLine.copyrightOutlet(text).orElse(null);
            if (sourced == null) sourced = SourceLine.named(text).flatMap(SourceLine::outlet).orElse(null);
            if (tagged == null) tagged = Furniture.tagOutlet(text).orElse(null);
        }
        return new Tail(withoutClosingTag(body), copyright, sourced, tagged);
    }

    private static boolean hasParagraph(List<Block> blocks) {
        return blocks.stream().anyMatch(b -> !b.isHeading());
    }

    /** For each position, how many prose paragraphs follow from there on (counted up to {@value #STORY_AFTER}): one pass from the end. */
    private static int[] storyAfter(List<Block> blocks) {
        int[] after = new int[blocks.size() + 1];
        for (int i = blocks.size() - 1; i >= 0; i--) {
            after[i] = Math.min(STORY_AFTER, after[i + 1] + (isProse(blocks.get(i)) ? 1 : 0));
        }
        return after;
    }

    /** A paragraph of story: several words ending as a sentence ends (related headlines do not). */
    private static boolean isProse(Block b) {
        if (b.isHeading() || Furniture.closes(b.text())) return false;
        String t = b.text().strip();
        if (Furniture.words(t) < PROSE_WORDS) return false;
        char last = t.charAt(t.length() - 1);
        return ".!?\"”’)".indexOf(last) >= 0;
    }

    /** The last paragraph's closing wire tag's outlet ({@code (ant)} → ANTARA), if any. */
    private static Optional<String> closingTagOutlet(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).isHeading()) continue;
            return Furniture.tagOutlet(blocks.get(i).text());
        }
        return Optional.empty();
    }

    /** The blocks with the last paragraph's wire tag or reporter initials cut. */
    private static List<Block> withoutClosingTag(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).isHeading()) continue;
            String text = Furniture.withoutTrailingTag(blocks.get(i).text());
            List<Block> out = new ArrayList<>(blocks);
            if (text.isEmpty()) out.remove(i);
            else out.set(i, Block.paragraph(text));
            return out;
        }
        return blocks;
    }
}
