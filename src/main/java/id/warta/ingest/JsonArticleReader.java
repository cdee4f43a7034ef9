package id.warta.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.ingest.layout.Block;
import id.warta.ingest.layout.Draft;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article saved in Warta's own JSON (what {@code warta parse --json} prints) back into a
 * Draft, so it flows through the same steps again. The stored dateline is put back in front of the
 * first paragraph ("Jakarta - …"), where the layout step finds it; ids, quotes, entities and summaries
 * are recomputed, not trusted.
 */
public final class JsonArticleReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Draft read(String json, String origin) throws InputException {
        if (json == null || json.isBlank()) throw new InputException(origin, "the file is empty");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException(origin, "not valid JSON (line " + e.getLocation().getLineNr() + ")", e);
        }
        if (root.isArray() && root.size() == 1) root = root.get(0);
        if (root == null || !root.isObject() || !root.has("sections")) {
            throw new InputException(origin, "not a Warta article JSON (expected an object with headline and sections)");
        }
        List<Block> blocks = blocks(root.get("sections"), text(root, "dateline"));
        if (blocks.stream().noneMatch(b -> !b.isHeading())) throw new InputException(origin, "the article has no paragraphs");
        return new Draft(text(root, "headline"), text(root, "source"), text(root, "published"), text(root, "url"),
                text(root, "caption"), blocks);
    }

    private static List<Block> blocks(JsonNode sections, String dateline) {
        List<Block> blocks = new ArrayList<>();
        if (sections == null || !sections.isArray()) return blocks;
        for (JsonNode section : sections) {
            String heading = text(section, "heading");
            if (heading != null) blocks.add(Block.heading(heading));
            JsonNode paragraphs = section.get("paragraphs");
            if (paragraphs == null || !paragraphs.isArray()) continue;
            for (JsonNode p : paragraphs) {
                String t = p.isTextual() ? p.asText().strip() : "";
                if (t.isEmpty()) continue;
                boolean first = blocks.stream().noneMatch(b -> !b.isHeading());
                blocks.add(Block.paragraph(first && dateline != null ? dateline + " - " + t : t));
            }
        }
        return blocks;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) return null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
