package id.warta.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.model.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The article-level entity gold set ({@code src/test/resources/gold/entities-dev.json} and {@code entities-test.json}):
 * per article, the people, places and organisations a careful reader finds, labelled after
 * {@code ../shared/design/entity-annotation.md}. An article is either an IndoSum article ({@code indosum} id) or a
 * saved page ({@code page}, a file under {@code news-pages}).
 */
final class ArticleEntityGold {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SPACED_JOINER = Pattern.compile("\\s*([-/])\\s*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** One referent: its fullest printed name and every other printed form. */
    record Entity(EntityType type, String name, List<String> aliases) {
        List<String> forms() {
            List<String> out = new ArrayList<>();
            out.add(name);
            out.addAll(aliases);
            return out;
        }
    }

    /** A name a careful reader could count either way: never scored. */
    record Neutral(String name, String reason) {
    }

    /** One labelled article. Exactly one of {@code indosum} and {@code page} is set. */
    record Article(String indosum, String page, List<Entity> entities, List<Neutral> neutral) {
        String key() {
            return indosum != null ? indosum : page;
        }

        List<Entity> entities(EntityType type) {
            return entities.stream().filter(e -> e.type() == type).toList();
        }
    }

    private ArticleEntityGold() {
    }

    /** The articles of one split, {@code dev} or {@code test}, in file order. */
    static List<Article> load(String split) {
        String resource = "/gold/entities-" + split + ".json";
        try (InputStream in = ArticleEntityGold.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the test classpath");
            List<Article> out = new ArrayList<>();
            for (JsonNode a : JSON.readTree(in).get("articles")) out.add(article(a));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    private static Article article(JsonNode a) {
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : a.get("entities")) {
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(x -> aliases.add(x.asText()));
            entities.add(new Entity(EntityType.valueOf(e.get("type").asText()), e.get("name").asText(), aliases));
        }
        List<Neutral> neutral = new ArrayList<>();
        a.path("neutral").forEach(n -> neutral.add(new Neutral(n.get("name").asText(), n.get("reason").asText())));
        return new Article(text(a, "indosum"), text(a, "page"), entities, neutral);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * A name as the scoring compares it: case and accents aside, one apostrophe, single spaces, and no spaces around
     * a hyphen or slash (IndoSum's tokeniser prints {@code Al - Ihsan} and {@code DPR / MPR}).
     */
    static String normal(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = s.replace('\u2019', '\'').replace('`', '\'').replace('\u00a0', ' ');
        s = SPACED_JOINER.matcher(s.strip()).replaceAll("$1");
        return String.join(" ", s.toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
