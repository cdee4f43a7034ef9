package id.warta.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.SharedData;
import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.layout.Block;
import id.warta.ingest.layout.Draft;
import id.warta.model.Article;
import id.warta.model.Section;
import id.warta.text.ArticleSummaries;
import id.warta.text.SentenceSplitter;
import id.warta.text.Summarizer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summariser against IndoSum (fold 1 dev, 750 articles with human summaries), scored as the
 * IndoSum paper scores: ROUGE-1/2/L F1, lower case, split on non-alphanumerics, no stemming, both
 * sides cut to 100 words, mean over articles.
 *
 * <p>Each article's text is rebuilt from its tokens, paragraph by paragraph, and goes through the real
 * {@link ArticlePipeline} as any imported article would (so whatever the pipeline does with the leading
 * dateline, "Jakarta, CNN Indonesia --", the summariser sees the same). Rows, all scored alike:
 * <ul>
 *   <li>SUMMARY: the article summary the pipeline stores (3 sentences);</li>
 *   <li>LEAD-3: the first three sentences as the corpus gives them (its own tokenisation and split,
 *       dateline kept) — the paper's baseline;</li>
 *   <li>FIRST-3: the first three sentences Warta's splitter finds in the pipeline's text;</li>
 *   <li>FIRST-3 eligible: the first three sentences the summariser may choose from (asides, headings and
 *       fragments left out; the layout step already took datelines and furniture), i.e. the summariser with
 *       selection switched off.</li>
 * </ul>
 */
class IndoSumSummaryEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void beatsLead3OnIndoSumDev() throws IOException {
        Path corpus = SharedData.require("corpus/indosum/dev.01.jsonl");
        ArticlePipeline pipeline = new ArticlePipeline();
        ArticleSummaries summaries = new ArticleSummaries();
        SentenceSplitter splitter = new SentenceSplitter();
        Summarizer summarizer = new Summarizer();
        Rouge.Mean summary = new Rouge.Mean();
        Rouge.Mean lead3 = new Rouge.Mean();
        Rouge.Mean first3 = new Rouge.Mean();
        Rouge.Mean eligible3 = new Rouge.Mean();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode doc = JSON.readTree(line);
                String reference = CorpusText.join(doc.get("summary"));
                List<String> paragraphs = CorpusText.paragraphs(doc.get("paragraphs"));
                List<Block> blocks = paragraphs.stream().map(Block::paragraph).toList();
                Article article = pipeline.build(new Draft(null, null, null, null, null, blocks));

                summary.add(Rouge.score(article.summary(), reference));
                lead3.add(Rouge.score(CorpusText.firstSentences(doc.get("paragraphs"), 3), reference));
                List<String> body = bodyParagraphs(article);
                List<String> split = new ArrayList<>();
                for (String p : body) split.addAll(splitter.split(p));
                first3.add(Rouge.score(String.join(" ", split.subList(0, Math.min(3, split.size()))), reference));
                List<String> candidates = summarizer.eligibleSentences(body);
                eligible3.add(Rouge.score(String.join(" ", candidates.subList(0, Math.min(3, candidates.size()))),
                        reference));
                assertTrue(summaries.sentences(article, 3).size() <= 3);
            }
        }
        System.out.println("IndoSum dev.01 — ROUGE F1, 100 words, no stemming (published LEAD-3: R-1 62.86 / R-2 54.50)");
        System.out.println(summary.row("SUMMARY (Warta summariser, 3 sentences)"));
        System.out.println(lead3.row("LEAD-3 (corpus' own first 3 sentences)"));
        System.out.println(first3.row("FIRST-3 (Warta splitter, pipeline text)"));
        System.out.println(eligible3.row("FIRST-3 eligible (asides, headings, fragments out)"));
        assertTrue(summary.r1() >= lead3.r1() && summary.r2() >= lead3.r2(), "summary must reach LEAD-3");
        assertTrue(summary.r1() >= first3.r1() && summary.r2() >= first3.r2(), "summary must reach FIRST-3");
        assertTrue(summary.r1() >= eligible3.r1() && summary.r2() >= eligible3.r2(),
                "selection must not lose to taking the first eligible sentences");
    }

    private static List<String> bodyParagraphs(Article article) {
        List<String> out = new ArrayList<>();
        for (Section s : article.sections()) out.addAll(s.paragraphs());
        return out;
    }
}
