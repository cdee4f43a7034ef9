package id.warta.text;

import id.warta.model.Article;

/** Fills an article's people, places, organisations and mentions. (Placeholder until the NER work lands.) */
public final class ArticleEntities {
    public Article annotate(Article article) {
        return article;
    }
}
