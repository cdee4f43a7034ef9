package id.warta.bench;

import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.InputException;
import id.warta.ingest.PlainTextReader;
import id.warta.model.Article;

import java.util.ArrayList;
import java.util.List;

/** The bench's generated stories, printed as plain text and parsed by the real pipeline, in memory. */
public final class ParsedStories {
    private ParsedStories() {
    }

    public static List<Article> first(int n) throws InputException {
        StoryGenerator generator = new StoryGenerator(20251125L);
        PlainTextReader reader = new PlainTextReader();
        ArticlePipeline pipeline = new ArticlePipeline();
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(pipeline.build(reader.read(StoryPrinter.plainText(generator.next(i)), "story-" + i)));
        return out;
    }
}
