package id.warta.ingest;

import id.warta.model.Article;

/** Where a batch puts the articles it parsed; the store implements it. */
public interface ArticleSink {
    enum Outcome { STORED, DUPLICATE }

    Outcome save(Article article) throws Exception;

    /**
     * Work the sink can do for an article before {@link #save}, on any thread: {@link ImportBatch} calls it
     * on its parsing threads, so the one thread that stores does less and both cores share the rest.
     * Saving an article that was never prepared must give the same result.
     */
    default void prepare(Article article) {
    }
}
