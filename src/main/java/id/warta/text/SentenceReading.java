package id.warta.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sentences of one article as the summariser reads them: each paragraph is split once and each
 * sentence tokenised, stemmed and checked once, however many summaries (every section's, then the whole
 * article's) are drawn from them. Before, every sentence was split and tokenised twice per article, and
 * that was the largest single cost of ingest. Not thread-safe: one per article.
 */
final class SentenceReading {
    private final SentenceSplitter splitter;
    private final IndonesianStemmer stemmer;
    private final Map<String, List<String>> sentences = new HashMap<>();
    private final Map<String, Facts> facts = new HashMap<>();

    SentenceReading(SentenceSplitter splitter, IndonesianStemmer stemmer) {
        this.splitter = splitter;
        this.stemmer = stemmer;
    }

    /** What the summariser needs to know of one sentence's text, whatever summary it stands in. */
    record Facts(boolean aside, int words, boolean finished, boolean attributed, boolean teaser, List<String> terms) {
    }

    /** The sentences of a paragraph. */
    List<String> sentences(String paragraph) {
        return sentences.computeIfAbsent(paragraph, splitter::split);
    }

    Facts facts(String sentence) {
        return facts.computeIfAbsent(sentence, this::read);
    }

    private Facts read(String text) {
        List<Tokens.Token> tokens = Tokens.of(text);
        int words = 0;
        for (Tokens.Token t : tokens) if (t.isWord()) words++;
        return new Facts(SentenceShape.isAside(text), words, SentenceShape.isFinished(text),
                SentenceShape.isAttributed(text), SentenceShape.isTeaser(text), terms(tokens));
    }

    /**
     * The words that carry the topic: no stopwords, no bare numbers; lower-case words are stemmed,
     * capitalised ones (mostly names) only lower-cased, since stemming mangles names.
     */
    List<String> terms(String text) {
        return terms(Tokens.of(text));
    }

    private List<String> terms(List<Tokens.Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Tokens.Token t : tokens) {
            if (!t.isWord()) continue;
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (Stopwords.contains(lower) || lower.length() < 2) continue;
            out.add(t.isCapitalised() ? lower : stemmer.stem(lower));
        }
        return out;
    }
}
