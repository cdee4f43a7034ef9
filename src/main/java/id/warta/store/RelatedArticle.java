package id.warta.store;

import java.util.List;

/**
 * An article related to another through the people, places and organisations they share.
 *
 * @param id        the article id
 * @param headline  the headline, or null
 * @param source    the outlet, or null
 * @param published ISO-8601 with offset, or null
 * @param score     the shared entities' weight: rarer entities weigh more
 * @param shared    canonical names of the shared entities, weightiest first
 */
public record RelatedArticle(String id, String headline, String source, String published, double score,
                             List<String> shared) {
    public RelatedArticle {
        shared = List.copyOf(shared);
    }
}
