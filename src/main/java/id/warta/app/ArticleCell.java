package id.warta.app;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * One row of the article list: unread mark and star on the left; headline,
 * {@code source · dateline · date} and the summary's first line on the right.
 * Built once per visible cell and refilled as the list scrolls.
 */
final class ArticleCell extends ListCell<ArticleRow> {
    static final double HEIGHT = 76;
    static final String STAR_ON = "★";
    static final String STAR_OFF = "";

    private final Texts texts;
    private final Circle unread = new Circle(4);
    private final Label star = new Label();
    private final Label headline = new Label();
    private final Label meta = new Label();
    private final Label summary = new Label();
    private final HBox box;
    private final ChangeListener<Boolean> marks = (obs, old, now) -> showMarks();

    ArticleCell(Texts texts) {
        this.texts = texts;
        unread.getStyleClass().add("unread-mark");
        star.getStyleClass().add("star");
        star.setMinWidth(14);
        headline.getStyleClass().add("row-headline");
        meta.getStyleClass().add("row-meta");
        summary.getStyleClass().add("row-summary");
        for (Label l : new Label[]{headline, meta, summary}) {
            l.setTextOverrun(OverrunStyle.ELLIPSIS);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinWidth(0);
        }
        VBox marksColumn = new VBox(6, unread, star);
        marksColumn.setAlignment(Pos.TOP_CENTER);
        marksColumn.setMinWidth(16);
        VBox text = new VBox(2, headline, meta, summary);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(6, marksColumn, text);
        box.getStyleClass().add("article-cell");
        box.setMinWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ArticleRow row, boolean empty) {
        ArticleRow previous = getItem();
        if (previous != null) {
            previous.readProperty().removeListener(marks);
            previous.starredProperty().removeListener(marks);
        }
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        headline.setText(row.headline() == null ? "" : row.headline());
        meta.setText(DateText.metaLine(row.source(), row.dateline(), row.published(), texts, "date.short"));
        summary.setText(row.summaryLine());
        row.readProperty().addListener(marks);
        row.starredProperty().addListener(marks);
        showMarks();
        setGraphic(box);
    }

    private void showMarks() {
        ArticleRow row = getItem();
        if (row == null) return;
        unread.setVisible(!row.isRead());
        star.setText(row.isStarred() ? STAR_ON : STAR_OFF);
        box.getStyleClass().remove("read");
        if (row.isRead()) box.getStyleClass().add("read");
    }
}
