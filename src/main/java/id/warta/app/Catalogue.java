package id.warta.app;

import id.warta.ingest.ArticleSink;
import id.warta.ingest.ImportBatch;
import id.warta.model.Article;

import java.util.List;
import java.util.Optional;

/**
 * What the app asks of the library. Every method blocks on the database, so the app calls
 * them only from its library thread, never from the FX thread.
 */
public interface Catalogue extends ArticleSink, AutoCloseable {
    /**
     * Articles on the shelf that match the query (blank: all, newest first), in the given order when
     * there is a query. Cheap to make: rows are read a page at a time by {@link Listing#next}.
     */
    Listing listing(Shelf shelf, String query, SortOrder order) throws Exception;

    /** The list row of one article, wherever it stands in the list. */
    Optional<ArticleRow> row(String id) throws Exception;

    Optional<Article> article(String id) throws Exception;

    void setRead(String id, boolean read) throws Exception;

    void setStarred(String id, boolean starred) throws Exception;

    void delete(String id) throws Exception;

    /** Names of one kind with their article counts, most articles first. */
    List<Facet> facets(FacetKind kind) throws Exception;

    List<ArticleRow> related(String id, int limit) throws Exception;

    long count() throws Exception;

    /** Imports the sample articles shipped in {@code data/} (used when the library is empty). */
    ImportBatch.Report importSamples(ImportBatch.Progress progress) throws Exception;

    @Override
    void close();
}
