package id.warta.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.SharedData;
import id.warta.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Warta's sentence splitter against the sentence split IndoSum ships (fold 1 dev): on each rebuilt
 * paragraph, the places where a sentence ends inside it, compared as sets. The corpus split is not
 * flawless (it cuts after "PT ." before a company name, for one), so this measures agreement, and a
 * disagreement is not always Warta's error.
 */
class IndoSumSentenceSplitEvaluationTest {
    @Test
    void agreesWithTheCorpusSplit() throws IOException {
        Path corpus = SharedData.require("corpus/indosum/dev.01.jsonl");
        ObjectMapper json = new ObjectMapper();
        SentenceSplitter splitter = new SentenceSplitter();
        int both = 0, goldOnly = 0, oursOnly = 0;
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                for (JsonNode paragraph : json.readTree(line).get("paragraphs")) {
                    String text = CorpusText.join(paragraph);
                    Set<Integer> gold = new HashSet<>(CorpusText.sentenceEnds(paragraph));
                    Set<Integer> ours = new HashSet<>();
                    List<SentenceSplitter.Span> spans = splitter.spans(text);
                    for (int i = 0; i + 1 < spans.size(); i++) ours.add(spans.get(i).end());
                    for (int end : ours) {
                        if (gold.contains(end)) both++;
                        else oursOnly++;
                    }
                    for (int end : gold) if (!ours.contains(end)) goldOnly++;
                }
            }
        }
        double precision = both / (double) (both + oursOnly);
        double recall = both / (double) (both + goldOnly);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "IndoSum dev.01 sentence ends inside paragraphs: agree %d, corpus only %d, "
                + "Warta only %d; P %.4f R %.4f F1 %.4f%n", both, goldOnly, oursOnly, precision, recall, f1);
        assertTrue(f1 >= 0.97, "boundary F1 " + f1);
    }
}
