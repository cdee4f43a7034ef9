package id.warta.app;

import id.warta.model.Article;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The right-hand pane: the open article, and beside it "Dalam artikel ini" with related articles. */
final class ReaderPane {
    private static final double PANEL_WIDTH = 230;

    private final LibraryModel model;
    private final ReaderOptions options;
    private final Texts texts;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    private final VBox panel = new VBox(4);

    ReaderPane(LibraryModel model, ReaderOptions options, Texts texts) {
        this.model = model;
        this.options = options;
        this.texts = texts;
        scroll.setFitToWidth(true);
        scroll.setId("reader-scroll");
        scroll.getStyleClass().add("edge-to-edge");
        panel.getStyleClass().add("article-panel");
        panel.setId("article-panel");
        panel.setPrefWidth(PANEL_WIDTH);
        panel.setMinWidth(PANEL_WIDTH);
        ScrollPane panelScroll = new ScrollPane(panel);
        panelScroll.setFitToWidth(true);
        panelScroll.getStyleClass().add("edge-to-edge");
        panelScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setCenter(scroll);
        root.setRight(panelScroll);
        model.articleProperty().addListener((obs, old, now) -> render(true));
        options.skimProperty().addListener((obs, old, now) -> render(false));
        options.fontSizeProperty().addListener((obs, old, now) -> applyFont());
        model.related().addListener((javafx.collections.ListChangeListener<ArticleRow>) c -> renderPanel());
        render(true);
    }

    BorderPane node() {
        return root;
    }

    private void render(boolean toTop) {
        Article article = model.articleProperty().get();
        if (article == null) {
            Label empty = new Label(texts.get("reader.empty"));
            empty.getStyleClass().add("reader-empty");
            StackPane center = new StackPane(empty);
            center.setAlignment(Pos.CENTER);
            center.setPadding(new Insets(40));
            scroll.setContent(center);
        } else {
            VBox page = new ArticlePage(article, texts, model::showName).build(options.skimProperty().get());
            scroll.setContent(page);
        }
        applyFont();
        if (toTop) scroll.setVvalue(0);
        renderPanel();
    }

    private void applyFont() {
        if (scroll.getContent() != null) {
            scroll.getContent().setStyle("-fx-font-size: " + options.fontSizeProperty().get() + "px;");
        }
    }

    private void renderPanel() {
        panel.getChildren().clear();
        Article article = model.articleProperty().get();
        root.getRight().setVisible(article != null);
        root.getRight().setManaged(article != null);
        if (article == null) return;
        Label title = new Label(texts.get("reader.inThisArticle"));
        title.getStyleClass().add("panel-title");
        panel.getChildren().add(title);
        names("reader.people", FacetKind.PERSON, article.people(), "person");
        names("reader.places", FacetKind.PLACE, article.places(), "place");
        names("reader.organizations", FacetKind.ORGANIZATION, article.organizations(), "org");
        group("reader.related");
        if (model.related().isEmpty()) {
            Label none = new Label(texts.get("reader.noRelated"));
            none.getStyleClass().add("empty");
            none.setWrapText(true);
            panel.getChildren().add(none);
        }
        for (ArticleRow row : model.related()) {
            Hyperlink link = new Hyperlink(row.headline());
            link.setWrapText(true);
            link.getStyleClass().add("related");
            link.setOnAction(e -> model.open(row));
            panel.getChildren().add(link);
        }
    }

    private void names(String titleKey, FacetKind kind, List<String> names, String styleClass) {
        if (names.isEmpty()) return;
        group(titleKey);
        for (String name : names) {
            Hyperlink link = new Hyperlink(name);
            link.setWrapText(true);
            link.getStyleClass().addAll("entity-link", styleClass);
            link.setOnAction(e -> model.showName(kind, name));
            panel.getChildren().add(link);
        }
    }

    private void group(String titleKey) {
        Label label = new Label(texts.get(titleKey).toUpperCase(texts.locale()));
        label.getStyleClass().add("group-title");
        panel.getChildren().add(label);
    }
}
