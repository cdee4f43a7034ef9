package id.warta.ingest;

import id.warta.model.Article;

/** Where a batch puts the articles it parsed; the store implements it. */
public interface ArticleSink {
    enum Outcome { STORED, DUPLICATE }

    Outcome save(Article article) throws Exception;
}
