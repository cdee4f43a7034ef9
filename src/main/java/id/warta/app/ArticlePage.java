package id.warta.app;

import id.warta.model.Article;
import id.warta.model.Mention;
import id.warta.model.Quote;
import id.warta.model.Section;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Lays out one article as JavaFX text nodes (never a WebView: nothing in an article runs).
 * Headline, meta line, caption, the article summary, then each section: heading, its summary
 * set apart, and its paragraphs, with direct quotes as block quotes and entity names as
 * clickable highlighted words. In skim mode only headings and summaries are laid out.
 */
final class ArticlePage {
    private static final int QUOTE_PROBE = 30;

    private final Article article;
    private final Texts texts;
    private final BiConsumer<FacetKind, String> onName;

    ArticlePage(Article article, Texts texts, BiConsumer<FacetKind, String> onName) {
        this.article = article;
        this.texts = texts;
        this.onName = onName;
    }

    VBox build(boolean skim) {
        VBox page = new VBox(12);
        page.getStyleClass().add("reader-page");
        page.setId("reader-page");
        Label headline = wrapped(article.headline() == null ? "" : article.headline(), "headline");
        headline.setId("reader-headline");
        page.getChildren().add(headline);
        String meta = DateText.metaLine(article.source(), article.dateline(), article.published(), texts, "date.long");
        if (!meta.isEmpty()) page.getChildren().add(wrapped(meta, "meta"));
        if (LinkOpener.isOpenable(article.url()) && !skim) page.getChildren().add(originalLink(article.url()));
        if (article.caption() != null && !skim) {
            page.getChildren().add(wrapped(texts.format("reader.caption", article.caption()), "caption"));
        }
        if (skim) page.getChildren().add(wrapped(texts.get("reader.skimOn"), "skim-note"));
        if (!article.summary().isBlank()) {
            page.getChildren().add(summaryBox(texts.get("reader.summary"), article.summary(), "article-summary"));
        }
        for (int i = 0; i < article.sections().size(); i++) addSection(page, i, skim);
        return page;
    }

    /** The original page, opened in the system browser on an explicit click only. */
    private Node originalLink(String url) {
        Hyperlink link = new Hyperlink(texts.get("reader.source") + ": " + LinkOpener.label(url));
        link.setId("reader-link");
        link.getStyleClass().add("original-link");
        link.setOnAction(e -> LinkOpener.open(url));
        return link;
    }

    private void addSection(VBox page, int index, boolean skim) {
        Section section = article.sections().get(index);
        if (section.heading() != null) {
            Label heading = wrapped(section.heading(), "section-heading");
            page.getChildren().add(heading);
        }
        if (showsSectionSummary(section)) {
            page.getChildren().add(summaryBox(texts.get("reader.sectionSummary"), section.summary(), "section-summary"));
        }
        if (skim) return;
        List<Quote> quotes = article.quotes().stream().filter(q -> q.section() == index).toList();
        for (int p = 0; p < section.paragraphs().size(); p++) {
            String paragraph = section.paragraphs().get(p);
            TextFlow flow = paragraphFlow(paragraph, mentionsIn(index, p));
            Quote quote = quoteIn(paragraph, quotes);
            page.getChildren().add(quote == null ? flow : blockQuote(flow, quote));
        }
    }

    /** The lead section's summary usually opens the article summary; showing it twice helps nobody. */
    private boolean showsSectionSummary(Section section) {
        if (section.summary().isBlank()) return false;
        return section.heading() != null || !article.summary().contains(section.summary());
    }

    private VBox summaryBox(String title, String text, String styleClass) {
        Label label = new Label(title.toUpperCase(texts.locale()));
        label.getStyleClass().add("summary-title");
        TextFlow flow = new TextFlow(new Text(text));
        VBox box = new VBox(4, label, flow);
        box.getStyleClass().add(styleClass);
        return box;
    }

    private Node blockQuote(TextFlow flow, Quote quote) {
        String speaker = quote.speaker() == null
                ? texts.get("reader.quoteUnknown")
                : texts.format("reader.quoteBy", quote.speaker());
        Label by = new Label(speaker);
        by.getStyleClass().add("speaker");
        VBox box = new VBox(4, flow, by);
        box.getStyleClass().add("block-quote");
        return box;
    }

    /** The quote this paragraph carries, if any: its text starts inside the paragraph or continues it. */
    private static Quote quoteIn(String paragraph, List<Quote> quotes) {
        for (Quote q : quotes) {
            String text = q.text().strip();
            if (text.isEmpty()) continue;
            String probe = text.substring(0, Math.min(QUOTE_PROBE, text.length()));
            if (paragraph.contains(probe)) return q;
            String bare = paragraph.replaceAll("^[“\"]", "").strip();
            String start = bare.substring(0, Math.min(QUOTE_PROBE, bare.length()));
            if (start.length() >= 10 && text.contains(start)) return q;
        }
        return null;
    }

    private List<Mention> mentionsIn(int section, int paragraph) {
        return article.mentions().stream()
                .filter(m -> m.section() == section && m.paragraph() == paragraph)
                .sorted(Comparator.comparingInt(Mention::start))
                .toList();
    }

    /** Plain text with each recognised name as its own clickable Text node. */
    TextFlow paragraphFlow(String paragraph, List<Mention> mentions) {
        List<Node> parts = new ArrayList<>();
        int at = 0;
        for (Mention m : mentions) {
            if (m.start() < at || m.end() > paragraph.length() || m.start() >= m.end()) continue;
            if (m.start() > at) parts.add(new Text(paragraph.substring(at, m.start())));
            parts.add(entityText(paragraph.substring(m.start(), m.end()), m));
            at = m.end();
        }
        if (at < paragraph.length()) parts.add(new Text(paragraph.substring(at)));
        TextFlow flow = new TextFlow(parts.toArray(Node[]::new));
        flow.getStyleClass().add("paragraph");
        return flow;
    }

    private Text entityText(String shown, Mention m) {
        FacetKind kind = FacetKind.of(m.type());
        Text text = new Text(shown);
        text.getStyleClass().addAll("entity", styleFor(kind));
        text.setCursor(Cursor.HAND);
        text.setUserData(m.canonical());
        text.setOnMouseClicked(e -> onName.accept(kind, m.canonical()));
        return text;
    }

    static String styleFor(FacetKind kind) {
        return switch (kind) {
            case PERSON -> "entity-person";
            case PLACE -> "entity-place";
            case ORGANIZATION -> "entity-org";
            case SOURCE -> "entity-source";
        };
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
