package id.warta.ingest;

import id.warta.model.Article;
import id.warta.text.ArticleEntities;
import id.warta.text.ArticleSummaries;

/**
 * The steps every input goes through once a reader has made a Draft of it:
 * assemble (dateline, boilerplate, sections, quotes), then entities, then summaries.
 * Thread-safe: one instance serves a whole parallel batch.
 */
public final class ArticlePipeline {
    private final ArticleAssembler assembler = new ArticleAssembler();
    private final ArticleEntities entities = new ArticleEntities();
    private final ArticleSummaries summaries = new ArticleSummaries();

    public Article build(Draft draft) {
        Article article = assembler.assemble(draft);
        article = entities.annotate(article);
        return summaries.annotate(article);
    }
}
