package id.warta.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which articles the entity gold set holds, chosen so anyone can draw the same ones again: the IndoSum fold-1 dev
 * articles of the category {@code tajuk utama} (headline news: politics, law, security, world affairs; the other
 * categories are sport, showbiz, entertainment, technology and five lifestyle features), in file order, shuffled
 * with {@code new Random(SEED)}; the first {@value #DEV_SIZE} are dev, the next {@value #TEST_SIZE} test. The 14
 * saved pages of {@code news-pages} are dev as well.
 *
 * <p>Also rebuilds an IndoSum article as the plain text a reader would save: its paragraphs, tokens joined with
 * the usual spacing ({@link CorpusText}), separated by blank lines.
 */
final class ArticleEntitySample {
    static final String CATEGORY = "tajuk utama";
    /** Issue 16's number: any fixed seed would do, this one is easy to remember. */
    static final long SEED = 16;
    static final int DEV_SIZE = 60;
    static final int TEST_SIZE = 40;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The chosen IndoSum articles, by id, in the order drawn. */
    record Draw(List<String> dev, List<String> test) {
    }

    private ArticleEntitySample() {
    }

    /** Every news article of the corpus file by id, in file order. */
    static Map<String, JsonNode> newsArticles(Path indosum) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(indosum, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode doc = JSON.readTree(line);
                if (CATEGORY.equals(doc.path("category").asText())) out.put(doc.get("id").asText(), doc);
            }
        }
        return out;
    }

    static Draw draw(Map<String, JsonNode> news) {
        List<String> ids = new ArrayList<>(news.keySet());
        Collections.shuffle(ids, new Random(SEED));
        return new Draw(List.copyOf(ids.subList(0, DEV_SIZE)),
                List.copyOf(ids.subList(DEV_SIZE, DEV_SIZE + TEST_SIZE)));
    }

    /** The article as a plain-text file would hold it: paragraphs separated by blank lines. */
    static String plainText(JsonNode doc) {
        return String.join("\n\n", CorpusText.paragraphs(doc.get("paragraphs"))) + "\n";
    }

    /**
     * {@code java … ArticleEntitySample INDOSUM_JSONL dev|test [OUT_DIR]}: lists the drawn ids of one split with their
     * urls, or with OUT_DIR writes each article's plain text there (for reading while labelling; never into the repo).
     */
    public static void main(String[] args) throws IOException {
        Map<String, JsonNode> news = newsArticles(Path.of(args[0]));
        Draw draw = draw(news);
        List<String> ids = args[1].equals("test") ? draw.test() : draw.dev();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode doc = news.get(ids.get(i));
            System.out.println((i + 1) + "\t" + ids.get(i) + "\t" + doc.get("source_url").asText());
            if (args.length > 2) {
                Path out = Path.of(args[2]).resolve(String.format("%s-%02d.txt", args[1], i + 1));
                Files.writeString(out, plainText(doc), StandardCharsets.UTF_8);
            }
        }
    }
}
