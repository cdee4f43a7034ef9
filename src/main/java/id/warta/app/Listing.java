package id.warta.app;

import java.util.List;

/**
 * The articles one list shows (a shelf, a query, an order), fetched a page at a time so a library
 * of 100,000 shows its first rows at once. It remembers how far it has been read. Every method
 * blocks on the database: call them only from the library thread.
 */
interface Listing {
    /** How many articles the listing held when it was made. */
    int total();

    /** The next {@code limit} rows after those already fetched; fewer, or none, at the end. */
    List<ArticleRow> next(int limit) throws Exception;

    /**
     * {@code n} fetched rows no longer belong to the listing (deleted, read on the Unread shelf, unstarred
     * on the Starred one); negative when rows came back. A listing that asks the library for each page by
     * position must step back by as many, or its next page would skip them.
     */
    void left(int n);
}
