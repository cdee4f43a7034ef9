package id.warta.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Extractive summaries of Indonesian news: picks whole sentences and returns them in document order.
 *
 * <p>Each candidate sentence is scored by a news position prior (the lead carries the story:
 * {@code 1 / (1 + 0.5·rank)}), damped for direct quotes, questions and lines ending in a colon (they
 * voice or tease rather than report) and, less, for speech attributions, plus its centroid similarity: the cosine between the sentence's
 * tf-idf vector and the whole text's (and the headline's), over stemmed, stopword-free words, so that
 * pemulihan and dipulihkan count as the same topic. Sentences are taken best first, skipping any whose
 * cosine with one already taken passes {@value #REDUNDANT} (near duplicates). Bracketed notes, all-capital
 * lines, headings and fragments are never candidates. It reads story text only: datelines, reading links,
 * credits and captions are the layout step's to remove (id.warta.ingest.layout) before anything is
 * summarised. Stateless and thread-safe.
 */
public final class Summarizer {
    static final double POSITION_DECAY = 0.5;
    static final double QUOTE_FACTOR = 0.3;
    static final double SPEECH_FACTOR = 0.7;
    static final double CENTRALITY_WEIGHT = 0.6;
    static final double REDUNDANT = 0.5;
    static final double HEADLINE_WEIGHT = 1.0;
    private static final int MIN_WORDS = 4;
    private static final int HEADING_MAX_WORDS = 12;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final IndonesianStemmer stemmer = new IndonesianStemmer();

    /** The sentences a summary of these paragraphs may use, in document order (asides, headings and fragments left out). */
    public List<String> eligibleSentences(List<String> paragraphs) {
        return candidates(paragraphs, reading()).stream().map(Sentence::text).toList();
    }

    /** A fresh memo of split and tokenised sentences, for the summaries of one article. */
    SentenceReading reading() {
        return new SentenceReading(splitter, stemmer);
    }

    /** The best {@code n} sentences of the paragraphs, in document order. */
    public List<String> summarize(List<String> paragraphs, int n) {
        return summarize(null, paragraphs, n);
    }

    /**
     * The best {@code n} sentences of the paragraphs, in document order; the headline (may be null)
     * steers the topic but is never part of the summary.
     */
    public List<String> summarize(String headline, List<String> paragraphs, int n) {
        return summarize(headline, paragraphs, n, reading());
    }

    /** As {@link #summarize(String, List, int)}, reusing the sentences already read for this article. */
    List<String> summarize(String headline, List<String> paragraphs, int n, SentenceReading reading) {
        if (n <= 0) return List.of();
        List<Sentence> sentences = candidates(paragraphs, reading);
        if (sentences.isEmpty()) return List.of();
        if (sentences.size() <= n) return sentences.stream().map(Sentence::text).toList();
        Map<String, Double> idf = inverseFrequencies(sentences);
        Map<String, Double> centroid = new HashMap<>();
        for (Sentence s : sentences) {
            s.weigh(idf);
            s.vector.forEach((t, w) -> centroid.merge(t, w, Double::sum));
        }
        if (headline != null && !headline.isBlank()) {
            Map<String, Double> head = weigh(reading.terms(headline), idf);
            double scale = HEADLINE_WEIGHT * norm(centroid) / Math.max(norm(head), 1e-9);
            head.forEach((t, w) -> centroid.merge(t, w * scale, Double::sum));
        }
        double centroidNorm = norm(centroid);
        for (Sentence s : sentences) s.score = score(s, centroid, centroidNorm);
        return pick(sentences, n);
    }

    private static double score(Sentence s, Map<String, Double> centroid, double centroidNorm) {
        double prior = 1.0 / (1.0 + POSITION_DECAY * s.rank);
        if (s.quoted || s.facts.teaser()) prior *= QUOTE_FACTOR;
        if (s.facts.attributed()) prior *= SPEECH_FACTOR;
        return prior + CENTRALITY_WEIGHT * cosine(s.vector, s.norm, centroid, centroidNorm);
    }

    private static List<String> pick(List<Sentence> sentences, int n) {
        List<Sentence> ranked = new ArrayList<>(sentences);
        ranked.sort(Comparator.comparingDouble((Sentence s) -> -s.score).thenComparingInt(s -> s.rank));
        List<Sentence> chosen = new ArrayList<>();
        for (Sentence s : ranked) {
            if (chosen.size() == n) break;
            if (chosen.stream().noneMatch(c -> cosine(c.vector, c.norm, s.vector, s.norm) > REDUNDANT)) chosen.add(s);
        }
        chosen.sort(Comparator.comparingInt(s -> s.rank));
        return chosen.stream().map(Sentence::text).toList();
    }

    /** Every sentence that may stand in a summary, with its rank in document order. */
    private static List<Sentence> candidates(List<String> paragraphs, SentenceReading reading) {
        List<String> all = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            boolean open = false;
            List<String> sentences = reading.sentences(paragraphs.get(p));
            for (int i = 0; i < sentences.size(); i++) {
                String text = sentences.get(i);
                quoted.add(open || startsWithQuote(text));
                open = quoteOpenAfter(text, open);
                all.add(text);
            }
        }
        boolean single = all.size() == 1;
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String text = all.get(i);
            SentenceReading.Facts facts = reading.facts(text);
            if (!eligible(facts, single)) continue;
            out.add(new Sentence(text, out.size(), quoted.get(i), facts));
        }
        return out;
    }

    /** Never a summary sentence: bracketed notes, shouting, headings, fragments. */
    private static boolean eligible(SentenceReading.Facts facts, boolean onlySentence) {
        if (facts.aside()) return false;
        if (onlySentence) return true;
        // A short line without final punctuation is a heading or a label, not a sentence.
        boolean heading = facts.words() < HEADING_MAX_WORDS && !facts.finished();
        return !heading && facts.words() >= MIN_WORDS;
    }

    private static boolean startsWithQuote(String text) {
        return !text.isEmpty() && "“\"‘".indexOf(text.charAt(0)) >= 0;
    }

    /** Whether a quote is still open at the end of {@code text}, given whether it was open before. */
    private static boolean quoteOpenAfter(String text, boolean open) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“') open = true;
            else if (c == '”') open = false;
            else if (c == '"') open = !open;
        }
        return open;
    }

    private static Map<String, Double> inverseFrequencies(List<Sentence> sentences) {
        Map<String, Integer> df = new HashMap<>();
        for (Sentence s : sentences) for (String t : new HashSet<>(s.terms)) df.merge(t, 1, Integer::sum);
        Map<String, Double> idf = new HashMap<>();
        double n = sentences.size();
        df.forEach((t, d) -> idf.put(t, Math.log(1 + n / d)));
        return idf;
    }

    private static Map<String, Double> weigh(List<String> terms, Map<String, Double> idf) {
        Map<String, Double> v = new HashMap<>();
        for (String t : terms) v.merge(t, idf.getOrDefault(t, 0.0), Double::sum);
        return v;
    }

    /** Cosine of two vectors whose norms are already known (they are reused across many comparisons). */
    private static double cosine(Map<String, Double> a, double na, Map<String, Double> b, double nb) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double w : v.values()) sum += w * w;
        return Math.sqrt(sum);
    }

    private static final class Sentence {
        final String text;
        final int rank;
        final boolean quoted;
        final SentenceReading.Facts facts;
        final List<String> terms;
        Map<String, Double> vector = Map.of();
        double norm;
        double score;

        Sentence(String text, int rank, boolean quoted, SentenceReading.Facts facts) {
            this.text = text;
            this.rank = rank;
            this.quoted = quoted;
            this.facts = facts;
            this.terms = facts.terms();
        }

        void weigh(Map<String, Double> idf) {
            vector = Summarizer.weigh(terms, idf);
            norm = norm(vector);
        }

        String text() {
            return text;
        }
    }
}
