package id.warta.evaluation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds readable text from a tokenised corpus: tokens joined by spaces except none before
 * {@code . , ; : ) ] ” ? ! %} and none after {@code ( [ “}; a straight {@code "} opens or closes a quote by
 * turns within a paragraph and is spaced accordingly; two hyphen tokens in a row are the "--" of a
 * dateline the tokeniser split.
 */
final class CorpusText {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", ")", "]", "”", "?", "!", "%", "’");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "“", "‘");

    private CorpusText() {
    }

    /** One string per paragraph; a paragraph is a list of sentences, a sentence a list of tokens. */
    static List<String> paragraphs(JsonNode paragraphs) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : paragraphs) {
            String text = join(p);
            if (!text.isBlank()) out.add(text);
        }
        return out;
    }

    /** The sentences of one paragraph (or of a summary) as one text. */
    static String join(JsonNode sentences) {
        StringBuilder out = new StringBuilder();
        boolean quoteOpen = false;
        boolean glueNext = true;
        for (JsonNode sentence : sentences) {
            for (JsonNode token : sentence) {
                String t = token.asText().replace('\u00a0', ' ').strip();
                if (t.isBlank()) continue;
                boolean opening = false;
                boolean glue;
                if (t.equals("\"")) {
                    opening = !quoteOpen;
                    quoteOpen = !quoteOpen;
                    glue = !opening;
                } else {
                    glue = NO_SPACE_BEFORE.contains(t);
                }
                if (t.equals("-") && out.length() > 0 && out.charAt(out.length() - 1) == '-') {
                    glue = true;                                    // the tokeniser split "--" in two
                }
                if (!out.isEmpty() && !glue && !glueNext) out.append(' ');
                out.append(t);
                glueNext = NO_SPACE_AFTER.contains(t) || opening;
            }
        }
        return out.toString();
    }

    /**
     * Where the corpus ends each sentence inside a rebuilt paragraph: the character offsets just after
     * every sentence but the last (the paragraph's end is no decision).
     */
    static List<Integer> sentenceEnds(JsonNode paragraph) {
        List<Integer> ends = new ArrayList<>();
        com.fasterxml.jackson.databind.node.ArrayNode prefix =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i + 1 < paragraph.size(); i++) {
            prefix.add(paragraph.get(i));
            ends.add(join(prefix).length());
        }
        return ends;
    }

    /** The first {@code n} sentences of the article exactly as the corpus splits them. */
    static String firstSentences(JsonNode paragraphs, int n) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : paragraphs) {
            for (JsonNode s : p) {
                if (out.size() == n) return String.join(" ", out);
                List<JsonNode> one = List.of(s);
                out.add(joinSentence(one));
            }
        }
        return String.join(" ", out);
    }

    private static String joinSentence(List<JsonNode> sentence) {
        com.fasterxml.jackson.databind.node.ArrayNode array = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        sentence.forEach(array::add);
        return join(array);
    }
}
