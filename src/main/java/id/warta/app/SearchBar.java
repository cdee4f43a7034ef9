package id.warta.app;

import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * The search field at the top: takes the query language, suggests entity names as you type,
 * and updates the list live (the model waits for a pause in typing). Esc clears it.
 */
final class SearchBar {
    static final int SUGGESTIONS = 8;

    private final LibraryModel model;
    private final TextField field = new TextField();
    private final ContextMenu suggestions = new ContextMenu();
    private boolean completing;

    SearchBar(LibraryModel model, Texts texts) {
        this.model = model;
        field.setId("search-field");
        field.setPromptText(texts.get("search.prompt"));
        field.textProperty().bindBidirectional(model.queryProperty());
        suggestions.setId("search-suggestions");
        field.textProperty().addListener((obs, old, now) -> {
            if (!completing && field.isFocused()) suggest(now);
        });
        field.focusedProperty().addListener((obs, old, now) -> {
            if (!now) suggestions.hide();
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                suggestions.hide();
                field.clear();
                model.refresh();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                suggestions.hide();
                model.refresh();
                e.consume();
            }
        });
    }

    private void suggest(String query) {
        List<Facet> names = new ArrayList<>();
        for (FacetKind kind : FacetKind.values()) names.addAll(model.facets(kind));
        names.sort((a, b) -> Integer.compare(b.count(), a.count()));
        List<NameCompletion.Suggestion> found = NameCompletion.suggest(query, names, SUGGESTIONS);
        if (found.isEmpty()) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().clear();
        for (NameCompletion.Suggestion s : found) {
            Label label = new Label(s.facet().name() + "  ·  " + s.facet().kind().filter() + "  (" + s.facet().count() + ")");
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(e -> complete(s.query()));
            suggestions.getItems().add(item);
        }
        if (!suggestions.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            suggestions.show(field, Side.BOTTOM, 0, 0);
        }
    }

    private void complete(String query) {
        completing = true;
        field.setText(query);
        field.positionCaret(query.length());
        completing = false;
        model.refresh();
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    TextField node() {
        return field;
    }
}
