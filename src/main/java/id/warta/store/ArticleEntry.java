package id.warta.store;

/**
 * One line of the library's list: what a reader needs to pick an article.
 *
 * @param id        the article id
 * @param headline  the headline, or null
 * @param source    the outlet, or null
 * @param dateline  the dateline place, or null
 * @param published ISO-8601 with offset, or null
 * @param read      whether the reader has opened it
 * @param starred   whether the reader starred it
 */
public record ArticleEntry(String id, String headline, String source, String dateline, String published,
                           boolean read, boolean starred) {
}
