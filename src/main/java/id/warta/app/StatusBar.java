package id.warta.app;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: what just happened (with undo after a delete), and import progress. */
final class StatusBar {
    private final HBox root = new HBox();
    private final Label message = new Label();
    private final Hyperlink undo = new Hyperlink();
    private final ProgressBar progress = new ProgressBar();
    private final Label importing = new Label();
    private Runnable undoAction;

    StatusBar(LibraryModel model, Texts texts) {
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        message.setId("status-message");
        undo.setId("undo");
        undo.setText(texts.get("delete.undo"));
        undo.setVisible(false);
        undo.setOnAction(e -> {
            Runnable action = undoAction;
            undoAction = null;
            undo.setVisible(false);
            if (action != null) action.run();
        });
        progress.setId("import-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.importProgressProperty());
        progress.visibleProperty().bind(model.importingProperty());
        importing.setId("import-input");
        importing.visibleProperty().bind(model.importingProperty());
        importing.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> importLine(model.importInputProperty().get(), texts), model.importInputProperty()));
        importing.setMaxWidth(360);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root.getChildren().addAll(message, undo, gap, importing, progress);
        model.noticeProperty().addListener((obs, old, now) -> show(now, texts));
        if (!model.readyProperty().get()) message.setText(texts.get("app.loading"));
        show(model.noticeProperty().get(), texts);
    }

    /** The task reports "3/10\tpath"; the bar words it in the window's language. */
    private static String importLine(String raw, Texts texts) {
        if (raw == null || !raw.contains("\t")) return texts.get("import.title");
        String[] counts = raw.substring(0, raw.indexOf('\t')).split("/");
        String input = raw.substring(raw.indexOf('\t') + 1);
        int slash = input.replaceAll("/+$", "").lastIndexOf('/');
        if (slash >= 0 && slash < input.length() - 1) input = input.substring(slash + 1);
        return texts.format("import.running", counts[0], counts[1], input);
    }

    private void show(Notice notice, Texts texts) {
        if (notice == null) return;
        message.setText(notice.text(texts));
        undoAction = notice.undo();
        undo.setVisible(undoAction != null);
    }

    HBox node() {
        return root;
    }
}
