package id.warta.ingest.layout;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reader (plain text, HTML, JSON) extracts from its input, before the layout step
 * ({@link ArticleLayout}) decides the article's headline, source, dateline, date, caption and sections.
 * Every field but {@code blocks} may be null: absent is null, never a guess.
 *
 * @param headline  the headline
 * @param site      the registry's name of the outlet whose site the page was read from (null for text, and
 *                  for sites the registry does not list)
 * @param source    an outlet the input names outside the body: a page's metadata (publisher, site name, else
 *                  its domain), a source block in a text's header, a stored article's source
 * @param published ISO-8601: a date-time with offset, or a date alone when no time was printed
 * @param url       where the input came from
 * @param caption   the lead photo's caption
 * @param blocks    body blocks in order; the first paragraph may still carry a printed dateline
 * @param filed     the date the input was saved (a file's modification date), or null; it dates a lead
 *                  that prints only day and month
 */
public record Draft(String headline, String site, String source, String published, String url, String caption,
                    List<Block> blocks, LocalDate filed) {
    public Draft {
        blocks = List.copyOf(blocks == null ? List.of() : blocks);
    }

    /** A draft from an input that names no site and no filing date. */
    public Draft(String headline, String source, String published, String url, String caption, List<Block> blocks) {
        this(headline, null, source, published, url, caption, blocks, null);
    }

    public Draft withUrl(String newUrl) {
        return new Draft(headline, site, source, published, newUrl, caption, blocks, filed);
    }

    public Draft withFiled(LocalDate date) {
        return new Draft(headline, site, source, published, url, caption, blocks, date);
    }
}
