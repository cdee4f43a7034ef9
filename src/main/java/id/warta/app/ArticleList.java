package id.warta.app;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The middle pane: a virtualised list (only visible rows have cells, all of one fixed height,
 * so 100,000 rows scroll smoothly), with the count and the sort order above it.
 */
final class ArticleList {
    /** How close to the last loaded row a shown row must be for the next page to be read. */
    private static final int FETCH_AHEAD = 60;

    private final LibraryModel model;
    private final ListView<ArticleRow> list = new ListView<>();
    private final BorderPane root = new BorderPane();
    private final Label count = new Label();

    ArticleList(LibraryModel model, Texts texts) {
        this.model = model;
        list.setId("article-list");
        list.getStyleClass().addAll("article-list", "edge-to-edge");
        list.setItems(model.rows());
        list.setFixedCellSize(ArticleCell.HEIGHT);
        list.setCellFactory(v -> {
            ArticleCell cell = new ArticleCell(texts);
            cell.indexProperty().addListener((obs, old, index) -> fetchNear(index.intValue()));
            return cell;
        });
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label(texts.get("list.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.articleRowProperty().get()) model.open(now);
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::vimKeys);
        root.setTop(header(texts));
        root.setCenter(list);
        count.setId("article-count");
        count.getStyleClass().add("count");
        showCount(texts);
        model.totalProperty().addListener((obs, old, now) -> showCount(texts));
        model.totalKnownProperty().addListener((obs, old, now) -> showCount(texts));
        model.rows().addListener((ListChangeListener<ArticleRow>) c -> {
            while (c.next()) {
                if (c.wasAdded()) keepSelection(c.getFrom(), c.getTo());
            }
        });
    }

    private HBox header(Texts texts) {
        ChoiceBox<SortOrder> sort = new ChoiceBox<>();
        sort.setId("sort-order");
        sort.getItems().setAll(SortOrder.values());
        sort.setConverter(new StringConverter<>() {
            @Override
            public String toString(SortOrder order) {
                return order == null ? "" : texts.get("sort." + order.name());
            }

            @Override
            public SortOrder fromString(String s) {
                return null;
            }
        });
        sort.valueProperty().bindBidirectional(model.sortProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, count, gap, sort);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("list-header");
        return header;
    }

    private void showCount(Texts texts) {
        String key = model.totalKnownProperty().get() ? "list.count" : "list.countAtLeast";
        count.setText(texts.format(key, model.totalProperty().get()));
    }

    /** A row near the end of those loaded is on screen: the reader is scrolling there, so read on. */
    private void fetchNear(int index) {
        if (index >= 0 && index >= model.rows().size() - FETCH_AHEAD) model.fetchMore();
    }

    /** After a refresh or a further page, keep the open article selected if it is among the new rows. */
    private void keepSelection(int from, int to) {
        ArticleRow open = model.articleRowProperty().get();
        if (open == null || list.getSelectionModel().getSelectedItem() != null) return;
        for (int i = from; i < to; i++) {
            if (model.rows().get(i).id().equals(open.id())) {
                model.articleRowProperty().set(model.rows().get(i));
                list.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    /** j and k move like ↓ and ↑; Enter opens (the reader already follows the selection). */
    private void vimKeys(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
        if (e.getCode() == KeyCode.J) move(+1);
        else if (e.getCode() == KeyCode.K) move(-1);
        else if (e.getCode() == KeyCode.ENTER) open();
        else return;
        e.consume();
    }

    void move(int step) {
        int size = list.getItems().size();
        if (size == 0) return;
        int at = list.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(size - 1, at < 0 ? 0 : at + step));
        list.getSelectionModel().clearAndSelect(next);
        reveal(next);
    }

    /** Scrolls only when the row is out of sight, as the arrow keys do. */
    private void reveal(int index) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null
                && index > flow.getFirstVisibleCell().getIndex() && index < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        list.scrollTo(Math.max(0, index - 1));
    }

    void open() {
        ArticleRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) model.open(row);
    }

    List<ArticleRow> selected() {
        return List.copyOf(list.getSelectionModel().getSelectedItems());
    }

    void select(ArticleRow row) {
        int i = model.rows().indexOf(row);
        if (i >= 0) {
            list.getSelectionModel().clearAndSelect(i);
            reveal(i);
        }
    }

    ListView<ArticleRow> listView() {
        return list;
    }

    BorderPane node() {
        return root;
    }
}
