package id.warta.app;

import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

/**
 * The left pane: the three shelves, then sources, people, places and organisations with their
 * article counts. Typing in the filter field narrows every name list; clicking a name filters
 * the article list to it.
 */
final class Sidebar {
    private static final double SHELF_ROW = 34;

    private final LibraryModel model;
    private final Texts texts;
    private final VBox root = new VBox();
    private final TextField filter = new TextField();
    private final Map<FacetKind, TitledPane> panes = new EnumMap<>(FacetKind.class);

    Sidebar(LibraryModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        root.getStyleClass().add("sidebar");
        root.setId("sidebar");
        root.setMinWidth(170);
        filter.setId("facet-filter");
        filter.setPromptText(texts.get("facet.filter"));
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) filter.clear();
        });
        Accordion names = new Accordion();
        for (FacetKind kind : FacetKind.values()) {
            TitledPane pane = new TitledPane(texts.get("facet." + kind.name()), null);
            pane.setId("facet-pane-" + kind.name().toLowerCase());
            // A list is made when its pane first opens: three closed lists are three list skins (each a
            // virtual flow with two scroll bars) that the window's first CSS pass would build for nothing.
            // A pane starts open; closed here, opening People below fills it like a click would.
            pane.setExpanded(false);
            pane.expandedProperty().addListener((obs, was, open) -> {
                if (open && pane.getContent() == null) pane.setContent(facetList(kind));
            });
            panes.put(kind, pane);
            names.getPanes().add(pane);
        }
        names.setExpandedPane(panes.get(FacetKind.PERSON));
        VBox.setVgrow(names, Priority.ALWAYS);
        VBox filterBox = new VBox(filter);
        filterBox.setStyle("-fx-padding: 8 8 8 8;");
        root.getChildren().addAll(shelves(), filterBox, names);
    }

    private ListView<Shelf> shelves() {
        ListView<Shelf> shelves = new ListView<>();
        shelves.setId("shelves");
        shelves.getStyleClass().addAll("shelves", "edge-to-edge");
        shelves.getItems().setAll(Shelf.values());
        shelves.setFixedCellSize(SHELF_ROW);
        shelves.setPrefHeight(SHELF_ROW * Shelf.values().length + 2);
        shelves.setMinHeight(Region.USE_PREF_SIZE);
        shelves.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Shelf shelf, boolean empty) {
                super.updateItem(shelf, empty);
                setText(empty || shelf == null ? null : texts.get("shelf." + shelf.name()));
                setId(empty || shelf == null ? null : "shelf-" + shelf.name().toLowerCase());
            }
        });
        shelves.getSelectionModel().select(model.shelfProperty().get());
        shelves.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) model.shelfProperty().set(now);
        });
        return shelves;
    }

    private ListView<Facet> facetList(FacetKind kind) {
        ObservableList<Facet> all = model.facets(kind);
        FilteredList<Facet> shown = new FilteredList<>(all);
        shown.predicateProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> f -> NameCompletion.matches(f.name(), NameCompletion.fold(filter.getText())),
                filter.textProperty()));
        ListView<Facet> list = new ListView<>(shown);
        list.setId("facets-" + kind.name().toLowerCase());
        list.getStyleClass().add("edge-to-edge");
        list.setPlaceholder(new Label(texts.get("facet.empty")));
        list.setCellFactory(v -> new FacetCell());
        list.setOnKeyPressed(e -> {
            Facet f = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && f != null) model.showName(f.kind(), f.name());
        });
        return list;
    }

    private final class FacetCell extends ListCell<Facet> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        FacetCell() {
            count.getStyleClass().add("facet-count");
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            box = new HBox(6, name, count);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("facet-cell");
            // Cells as wide as the list: long names are cut with an ellipsis, counts stay in view.
            setPrefWidth(0);
            name.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            count.setMinWidth(javafx.scene.control.Label.USE_PREF_SIZE);
            setOnMouseClicked(e -> {
                if (getItem() != null) model.showName(getItem().kind(), getItem().name());
            });
        }

        @Override
        protected void updateItem(Facet facet, boolean empty) {
            super.updateItem(facet, empty);
            if (empty || facet == null) {
                setGraphic(null);
                return;
            }
            name.setText(facet.name());
            count.setText(Integer.toString(facet.count()));
            setGraphic(box);
        }
    }

    VBox node() {
        return root;
    }
}
