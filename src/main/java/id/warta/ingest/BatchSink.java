package id.warta.ingest;

import id.warta.model.Article;

import java.util.List;

/**
 * A sink that can store many articles in one transaction, all or none. {@link ImportBatch} hands such a
 * sink whole batches, so a large import does not pay one disk sync per article.
 */
public interface BatchSink extends ArticleSink {
    /** Stores the batch, skipping duplicates; returns how many were stored. Stores nothing when it throws. */
    int saveAll(List<Article> batch) throws Exception;
}
