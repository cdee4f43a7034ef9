package id.warta.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The schema.org article a page describes in {@code <script type="application/ld+json">}: the
 * first node typed NewsArticle, Article or a kin, found at the top, in an array or in an {@code @graph}.
 * Broken JSON is skipped, as browsers skip it.
 */
record JsonLd(String headline, String datePublished, String author, String publisher, String articleBody,
              String url, String type) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "report");
    static final JsonLd NONE = new JsonLd(null, null, null, null, null, null, null);

    static JsonLd of(List<String> scripts) {
        for (String script : scripts) {
            try {
                JsonNode root = MAPPER.readTree(script);
                JsonNode article = findArticle(root);
                if (article != null) return from(article);
            } catch (JsonProcessingException e) {
                // Hand-written JSON-LD is often invalid; the next source of metadata takes over.
            }
        }
        return NONE;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n);
                if (found != null) return found;
            }
            return null;
        }
        if (!node.isObject()) return null;
        if (typesOf(node).stream().anyMatch(ARTICLE_TYPES::contains)) return node;
        return findArticle(node.get("@graph"));
    }

    private static List<String> typesOf(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> out = new ArrayList<>();
        if (type == null) return out;
        if (type.isArray()) type.forEach(t -> out.add(t.asText().toLowerCase(Locale.ROOT)));
        else out.add(type.asText().toLowerCase(Locale.ROOT));
        return out;
    }

    private static JsonLd from(JsonNode a) {
        return new JsonLd(text(a.get("headline")), text(a.get("datePublished")), name(a.get("author")),
                name(a.get("publisher")), text(a.get("articleBody")), url(a), typesOf(a).get(0));
    }

    private static String url(JsonNode a) {
        String url = text(a.get("url"));
        if (url != null) return url;
        JsonNode page = a.get("mainEntityOfPage");
        if (page == null) return null;
        return page.isObject() ? text(page.get("@id")) : text(page);
    }

    /** A person or organisation may be a string, an object with a name, or an array of either. */
    private static String name(JsonNode node) {
        if (node == null) return null;
        if (node.isArray()) return node.isEmpty() ? null : name(node.get(0));
        if (node.isObject()) return text(node.get("name"));
        return text(node);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) return null;
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
