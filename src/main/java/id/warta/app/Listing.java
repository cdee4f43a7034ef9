package id.warta.app;

import java.util.List;

/**
 * The articles one list shows (a shelf, a query, an order), fetched a page at a time so a library
 * of 100,000 shows its first rows at once. It remembers how far it has been read. Every method
 * blocks on the database: call them only from the library thread.
 */
interface Listing {
    /** How many articles the listing holds, as far as it knows: the count when it was made, or the hits found so far. */
    int total();

    /** False while more rows may be found than {@link #total()} says (a search that has asked for only a first few). */
    boolean complete();

    /** The next {@code limit} rows after those already fetched; fewer, or none, at the end. */
    List<ArticleRow> next(int limit) throws Exception;

    /**
     * {@code n} fetched rows no longer belong to the listing (deleted, read on the Unread shelf, unstarred
     * on the Starred one); negative when rows came back. A listing that asks the library for each page by
     * position must step back by as many, or its next page would skip them.
     */
    void left(int n);
}
