package id.warta.ingest;

import id.warta.model.Article;
import id.warta.model.ArticleId;
import id.warta.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Draft into an Article: groups blocks into sections.
 * (Placeholder until the plain-text parser work lands: dateline, boilerplate and quotes go here.)
 */
public final class ArticleAssembler {
    public Article assemble(Draft draft) {
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (Block b : draft.blocks()) {
            if (b.isHeading()) {
                if (!paragraphs.isEmpty()) sections.add(new Section(heading, paragraphs, ""));
                heading = b.text();
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(b.text());
            }
        }
        if (!paragraphs.isEmpty()) sections.add(new Section(heading, paragraphs, ""));
        Article a = new Article(null, draft.headline(), draft.source(), null, draft.published(), draft.url(),
                draft.caption(), sections, List.of(), List.of(), List.of(), List.of(), "", List.of());
        return a.withId(ArticleId.of(a.headline(), a.bodyText()));
    }
}
