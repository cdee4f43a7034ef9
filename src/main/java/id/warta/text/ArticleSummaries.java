package id.warta.text;

import id.warta.model.Article;
import id.warta.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills each section's summary (one sentence, two for a section of {@value #LONG_SECTION} sentences or
 * more; a one-sentence section summarises to itself) and the article's summary ({@value #ARTICLE_SENTENCES}
 * sentences in document order, joined by a space). Thread-safe.
 */
public final class ArticleSummaries {
    public static final int ARTICLE_SENTENCES = 3;
    static final int LONG_SECTION = 4;

    private final Summarizer summarizer = new Summarizer();

    public Article annotate(Article article) {
        // The section summaries and the article's draw on the same sentences: read them once.
        SentenceReading reading = summarizer.reading();
        List<Section> sections = new ArrayList<>();
        for (Section s : article.sections()) {
            sections.add(s.withSummary(String.join(" ", sectionSentences(article.headline(), s, reading))));
        }
        return article.withSections(sections)
                .withSummary(String.join(" ", sentences(article, ARTICLE_SENTENCES, reading)));
    }

    /** The {@code n} sentences that best summarise the whole article, in document order. */
    public List<String> sentences(Article article, int n) {
        return sentences(article, n, summarizer.reading());
    }

    private List<String> sentences(Article article, int n, SentenceReading reading) {
        List<String> paragraphs = new ArrayList<>();
        for (Section s : article.sections()) paragraphs.addAll(s.paragraphs());
        return summarizer.summarize(article.headline(), paragraphs, n, reading);
    }

    /** A section's summary, steered by its sub-heading (or, for the lead, the headline). */
    private List<String> sectionSentences(String headline, Section section, SentenceReading reading) {
        int count = 0;
        for (String p : section.paragraphs()) count += reading.sentences(p).size();
        int n = count >= LONG_SECTION ? 2 : 1;
        String topic = section.heading() != null ? section.heading() : headline;
        return summarizer.summarize(topic, section.paragraphs(), n, reading);
    }
}
