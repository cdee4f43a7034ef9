package id.warta.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.SharedData;
import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.InputException;
import id.warta.ingest.InputReader;
import id.warta.ingest.PlainTextReader;
import id.warta.model.Article;
import id.warta.model.EntityType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader sees, measured: the {@code people}, {@code places} and {@code organizations} lists of
 * {@code warta parse --json} against the article-level gold set ({@link ArticleEntityGold}), per type precision,
 * recall, F1 and duplicates ({@link ArticleEntityScore}), for dev (60 IndoSum articles and the 14 saved pages) and
 * test (40 IndoSum articles, held out) separately. Skipped without {@code ../shared}.
 *
 * <p>IndoSum articles are rebuilt as the plain text a reader would save ({@link ArticleEntitySample#plainText}) and
 * read by the plain-text reader; pages are read from their files; both then go through {@link ArticlePipeline}, as
 * {@code warta parse --json} does.
 *
 * <p>{@code java … ArticleEntityEvaluationTest --errors} prints each dev article's false names, misses and duplicates.
 * Test errors are never printed: rules are tuned on dev only, so that test stays a measure of unseen text.
 */
class ArticleEntityEvaluationTest {
    /**
     * Today's figures (see docs/entities.md, "Article-level gold set"), precision and recall per type, rounded down
     * to two places: any regression fails. Raise them when the lists improve.
     */
    private static final Map<EntityType, double[]> DEV_FLOOR = Map.of(
            EntityType.PERSON, new double[]{0.66, 0.88},
            EntityType.PLACE, new double[]{0.90, 0.78},
            EntityType.ORGANIZATION, new double[]{0.66, 0.70});
    private static final Map<EntityType, double[]> TEST_FLOOR = Map.of(
            EntityType.PERSON, new double[]{0.64, 0.85},
            EntityType.PLACE, new double[]{0.90, 0.82},
            EntityType.ORGANIZATION, new double[]{0.66, 0.77});
    /** Today's duplicate counts: no more gold entities may be listed under two names. */
    private static final int DEV_MAX_DUPLICATES = 34;
    private static final int TEST_MAX_DUPLICATES = 12;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ArticlePipeline PIPELINE = new ArticlePipeline();

    @Test
    void goldHoldsTheSeededDrawAndEverySavedPage() throws IOException {
        Path indosum = SharedData.require("corpus/indosum/dev.01.jsonl");
        Path pages = SharedData.require("corpus/news-pages/expected.json");
        ArticleEntitySample.Draw draw = ArticleEntitySample.draw(ArticleEntitySample.newsArticles(indosum));
        List<ArticleEntityGold.Article> dev = ArticleEntityGold.load("dev");
        assertEquals(draw.dev(), dev.stream().filter(a -> a.indosum() != null).map(a -> a.indosum()).toList());
        assertEquals(draw.test(), ArticleEntityGold.load("test").stream().map(a -> a.indosum()).toList());
        List<String> files = new ArrayList<>();
        JSON.readTree(pages.toFile()).forEach(p -> files.add(p.get("file").asText()));
        assertEquals(files, dev.stream().filter(a -> a.page() != null).map(a -> a.page()).toList());
    }

    /** A label no form of which the article prints is a typing slip, or a name the labeller brought from elsewhere. */
    @Test
    void everyGoldEntityIsPrintedInItsArticle() throws IOException {
        Map<String, JsonNode> news = ArticleEntitySample.newsArticles(SharedData.require("corpus/indosum/dev.01.jsonl"));
        Path pages = SharedData.require("corpus/news-pages");
        List<String> unprinted = new ArrayList<>();
        for (String split : List.of("dev", "test")) {
            for (ArticleEntityGold.Article a : ArticleEntityGold.load(split)) {
                String text = ArticleEntityGold.normal(a.indosum() != null
                        ? ArticleEntitySample.plainText(news.get(a.indosum())) : pageText(pages.resolve(a.page())));
                for (ArticleEntityGold.Entity e : a.entities()) {
                    if (e.forms().stream().noneMatch(f -> text.contains(ArticleEntityGold.normal(f)))) {
                        unprinted.add(a.key() + ": " + e.name());
                    }
                }
            }
        }
        assertTrue(unprinted.isEmpty(), unprinted.toString());
    }

    @Test
    void scoresOnDev() throws IOException {
        ArticleEntityScore score = score("dev");
        System.out.println(score.report("Article-level entities, dev (60 IndoSum news articles + 14 saved pages)"));
        assertFloors(score, DEV_FLOOR, DEV_MAX_DUPLICATES);
    }

    /** Totals only: test's errors are never printed. */
    @Test
    void scoresOnHeldOutTest() throws IOException {
        ArticleEntityScore score = score("test");
        System.out.println(score.report("Article-level entities, test (40 IndoSum news articles, held out)"));
        assertFloors(score, TEST_FLOOR, TEST_MAX_DUPLICATES);
    }

    private static void assertFloors(ArticleEntityScore score, Map<EntityType, double[]> floor, int maxDuplicates) {
        for (EntityType t : EntityType.values()) {
            ArticleEntityScore.Counts c = score.counts(t);
            assertTrue(c.precision() >= floor.get(t)[0], t + " precision " + c.precision() + " fell below " + floor.get(t)[0]);
            assertTrue(c.recall() >= floor.get(t)[1], t + " recall " + c.recall() + " fell below " + floor.get(t)[1]);
        }
        assertTrue(score.all().duplicates <= maxDuplicates,
                score.all().duplicates + " duplicates, more than " + maxDuplicates);
    }

    /** Parses every article of a split as {@code warta parse --json} would and scores its lists. */
    static ArticleEntityScore score(String split) throws IOException {
        Map<String, JsonNode> news = ArticleEntitySample.newsArticles(SharedData.require("corpus/indosum/dev.01.jsonl"));
        Path pages = SharedData.require("corpus/news-pages");
        ArticleEntityScore score = new ArticleEntityScore();
        for (ArticleEntityGold.Article gold : ArticleEntityGold.load(split)) {
            Article parsed = gold.indosum() != null ? parseIndoSum(news.get(gold.indosum())) : parsePage(pages.resolve(gold.page()));
            Map<EntityType, List<String>> listed = new EnumMap<>(EntityType.class);
            listed.put(EntityType.PERSON, parsed.people());
            listed.put(EntityType.PLACE, parsed.places());
            listed.put(EntityType.ORGANIZATION, parsed.organizations());
            score.add(gold, listed);
        }
        return score;
    }

    private static Article parseIndoSum(JsonNode doc) {
        try {
            return PIPELINE.build(new PlainTextReader().read(ArticleEntitySample.plainText(doc), doc.get("id").asText()));
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Article parsePage(Path file) {
        try {
            return PIPELINE.build(new InputReader().read(file.toString()));
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A saved page's text as a reader sees it, with the captions a gallery keeps in attributes. */
    private static String pageText(Path file) throws IOException {
        Document doc = Jsoup.parse(Files.readString(file));
        StringBuilder out = new StringBuilder(doc.text());
        for (Element e : doc.select("[caption]")) out.append(' ').append(e.attr("caption"));
        return out.toString();
    }

    /** {@code java … ArticleEntityEvaluationTest --errors}: the dev figures, then each dev article's errors. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !args[0].equals("--errors")) {
            System.err.println("usage: ArticleEntityEvaluationTest --errors   (dev only: test's errors stay unread)");
            System.exit(2);
        }
        if (!Files.exists(SharedData.root().resolve("corpus/indosum/dev.01.jsonl"))) {
            System.err.println(SharedData.root() + ": no corpus/indosum/dev.01.jsonl (../shared must sit beside the checkout)");
            System.exit(1);
        }
        ArticleEntityScore score = score("dev");
        System.out.println(score.report("Article-level entities, dev (60 IndoSum news articles + 14 saved pages)"));
        for (ArticleEntityScore.Errors e : score.errors()) {
            if (e.isEmpty()) continue;
            System.out.println("== " + e.key());
            e.falseNames().forEach(n -> System.out.println("  false " + n));
            e.misses().forEach(n -> System.out.println("  miss  " + n));
            e.duplicates().forEach(n -> System.out.println("  dup   " + n));
        }
    }
}
