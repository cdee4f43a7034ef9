package id.warta.ingest;

import id.warta.ingest.layout.ArticleLayout;
import id.warta.ingest.layout.Draft;
import id.warta.model.Article;
import id.warta.text.ArticleEntities;
import id.warta.text.ArticleSummaries;
import id.warta.text.QuoteFinder;

/**
 * The article's path once a reader has made a Draft of its input, one way: lay out (headline, dateline,
 * date, source, caption, sections: {@link ArticleLayout}), then entities, then quotes, then summaries.
 * Each step reads what the one before it left; none goes back. Thread-safe: one instance serves a whole
 * parallel batch.
 */
public final class ArticlePipeline {
    private final ArticleLayout layout = new ArticleLayout();
    private final ArticleEntities entities = new ArticleEntities();
    private final QuoteFinder quotes = new QuoteFinder();
    private final ArticleSummaries summaries = new ArticleSummaries();

    public Article build(Draft draft) {
        Article article = layout.layOut(draft);
        article = entities.annotate(article);
        article = article.withQuotes(quotes.find(article.sections()));
        return summaries.annotate(article);
    }
}
