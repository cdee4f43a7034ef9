package id.warta.ingest;

import java.util.List;

/**
 * What a reader (plain text, HTML, JSON) extracts from its input before the shared steps
 * (dateline, boilerplate, sections, quotes, entities, summaries) turn it into an Article.
 * Every field but {@code blocks} may be null: absent is null, never a guess.
 *
 * @param headline  the headline
 * @param source    the outlet when the input names it outside the body (a source block, a meta tag)
 * @param published ISO-8601 with offset
 * @param url       where the input came from
 * @param caption   the lead photo's caption
 * @param blocks    body blocks in order; the first paragraph may still carry a printed dateline
 */
public record Draft(String headline, String source, String published, String url, String caption,
                    List<Block> blocks) {
    public Draft {
        blocks = List.copyOf(blocks == null ? List.of() : blocks);
    }
}
