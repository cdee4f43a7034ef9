package id.warta.ingest;


import id.warta.ingest.layout.Draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.model.Article;
import id.warta.model.Quote;
import id.warta.model.Section;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The articles written for the project in the outlets' house styles
 * (src/test/resources/articles/NN-name.txt), each beside the JSON of every field it must parse to:
 * headline, source, dateline, published, caption, sections (heading and paragraphs) and quotes.
 */
class WrittenArticlesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyArticleParsesToItsExpectedFields() throws IOException, URISyntaxException {
        Path folder = Path.of(WrittenArticlesTest.class.getResource("/articles").toURI());
        List<Path> texts;
        try (Stream<Path> files = Files.list(folder)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(texts.size() >= 12, "at least 12 written articles, found " + texts.size());
        return texts.stream().map(t -> DynamicTest.dynamicTest(t.getFileName().toString(), () -> check(t)));
    }

    private static void check(Path text) throws Exception {
        Path expectedFile = Path.of(text.toString().replaceFirst("\\.txt$", ".json"));
        JsonNode expected = JSON.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));
        Draft draft = new PlainTextReader().read(Files.readString(text, StandardCharsets.UTF_8), text.toString());
        Article article = new ArticlePipeline().build(draft);
        String name = text.getFileName().toString();
        assertEquals(nullable(expected, "headline"), article.headline(), name + " headline");
        assertEquals(nullable(expected, "source"), article.source(), name + " source");
        assertEquals(nullable(expected, "dateline"), article.dateline(), name + " dateline");
        assertEquals(nullable(expected, "published"), article.published(), name + " published");
        assertEquals(nullable(expected, "caption"), article.caption(), name + " caption");
        assertEquals(sections(expected.get("sections")), sectionsOf(article), name + " sections");
        assertEquals(quotes(expected.get("quotes")), article.quotes(), name + " quotes");
    }

    private static String nullable(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) throw new AssertionError("expected JSON lacks " + field);
        return value.isNull() ? null : value.asText();
    }

    private static List<Section> sections(JsonNode array) {
        List<Section> out = new ArrayList<>();
        for (JsonNode s : array) {
            List<String> paragraphs = new ArrayList<>();
            for (JsonNode p : s.get("paragraphs")) paragraphs.add(p.asText());
            out.add(new Section(s.get("heading").isNull() ? null : s.get("heading").asText(), paragraphs, ""));
        }
        return out;
    }

    /** Sections without summaries: summarising is not the parser's work. */
    private static List<Section> sectionsOf(Article a) {
        return a.sections().stream().map(s -> new Section(s.heading(), s.paragraphs(), "")).toList();
    }

    private static List<Quote> quotes(JsonNode array) {
        List<Quote> out = new ArrayList<>();
        for (JsonNode q : array) {
            out.add(new Quote(q.get("text").asText(), q.get("speaker").isNull() ? null : q.get("speaker").asText(),
                    q.get("section").asInt()));
        }
        return out;
    }
}
