package id.warta.app;

import id.warta.ingest.ImportBatch;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The main window: menu and toolbar with the search field on top; sidebar, article list and
 * reader side by side; a status bar below. It turns user gestures into model calls and puts
 * the model's state on screen. Changing language rebuilds the views; the model keeps the state.
 */
public final class MainWindow {
    private final Stage stage;
    private final LibraryModel model;
    private final Settings settings;
    private final ReaderOptions reader = new ReaderOptions();
    private final Scene scene;
    private Texts texts;
    private Theme theme;
    private Sidebar sidebar;
    private ArticleList list;
    private SearchBar search;
    private SplitPane panes;

    private MainWindow(Stage stage, LibraryModel model, Settings settings) {
        this.stage = stage;
        this.model = model;
        this.settings = settings;
        this.texts = new Texts(settings.language());
        this.theme = settings.theme();
        theme.apply();
        reader.fontSizeProperty().set(settings.fontSize());
        scene = new Scene(build(), settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("warta.css").toExternalForm());
        scene.getAccelerators().put(new KeyCharacterCombination("/"), unlessTyping(this::focusSearch));
        acceptDrops();
        model.importReportProperty().addListener((obs, old, report) -> {
            if (report != null) showReport(report);
        });
        model.articleRowProperty().addListener((obs, old, row) -> {
            if (row != null) list.select(row);
        });
    }

    /**
     * Shows the window at once. The library opens on the library thread meanwhile: started before the
     * window is built, the first open (SQLite's native code loading, about a second on a busy machine)
     * runs on the other core while this thread builds and shows the window; its result comes back only
     * after the window is up.
     */
    public static MainWindow show(Stage stage, Callable<Catalogue> opener, Settings settings) {
        LibraryModel model = new LibraryModel();
        model.open(opener, settings.lastArticle());
        MainWindow window = new MainWindow(stage, model, settings);
        stage.setTitle(window.texts.get("app.title"));
        stage.setScene(window.scene);
        stage.setMaximized(settings.windowMaximized());
        stage.setOnCloseRequest(e -> window.remember());
        stage.show();
        return window;
    }

    private BorderPane build() {
        sidebar = new Sidebar(model, texts);
        list = new ArticleList(model, texts);
        search = new SearchBar(model, texts);
        ReaderPane readerPane = new ReaderPane(model, reader, texts);
        panes = new SplitPane(sidebar.node(), list.node(), readerPane.node());
        panes.setId("panes");
        SplitPane.setResizableWithParent(sidebar.node(), false);
        SplitPane.setResizableWithParent(list.node(), false);
        panes.setDividerPositions(settings.dividers());
        BorderPane root = new BorderPane(panes);
        root.setTop(new VBox(MainMenu.build(this, texts), toolbar()));
        root.setBottom(new StatusBar(model, texts).node());
        root.setId("main");
        return root;
    }

    private ToolBar toolbar() {
        Button importButton = new Button(texts.get("toolbar.import"));
        importButton.setId("toolbar-import");
        importButton.setTooltip(new Tooltip(texts.get("menu.importFiles")));
        importButton.setOnAction(e -> importFiles());
        ToggleButton skim = new ToggleButton(texts.get("toolbar.skim"));
        skim.setId("toolbar-skim");
        skim.setTooltip(new Tooltip(texts.get("menu.skim")));
        skim.selectedProperty().bindBidirectional(reader.skimProperty());
        Button smaller = new Button(texts.get("toolbar.fontSmaller"));
        smaller.setTooltip(new Tooltip(texts.get("menu.fontSmaller")));
        smaller.setOnAction(e -> reader.smaller());
        Button bigger = new Button(texts.get("toolbar.fontBigger"));
        bigger.setTooltip(new Tooltip(texts.get("menu.fontBigger")));
        bigger.setOnAction(e -> reader.bigger());
        HBox searchBox = new HBox(search.node());
        HBox.setHgrow(search.node(), Priority.ALWAYS);
        HBox.setHgrow(searchBox, Priority.ALWAYS);
        searchBox.setAlignment(Pos.CENTER);
        searchBox.setPadding(new Insets(0, 12, 0, 12));
        ToolBar bar = new ToolBar(importButton, searchBox, skim, smaller, bigger);
        bar.setId("toolbar");
        return bar;
    }

    /** Single-key shortcuts must not fire while the user types a query or a filter. */
    Runnable unlessTyping(Runnable action) {
        return () -> {
            if (!(scene.getFocusOwner() instanceof TextInputControl)) action.run();
        };
    }

    private void acceptDrops() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                scene.getRoot().getStyleClass().remove("drop-target");
                scene.getRoot().getStyleClass().add("drop-target");
            }
            e.consume();
        });
        scene.setOnDragExited(e -> scene.getRoot().getStyleClass().remove("drop-target"));
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) model.importInputs(paths(e.getDragboard().getFiles()));
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private static List<String> paths(List<File> files) {
        return files.stream().map(File::getPath).toList();
    }

    void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("import.chooseFiles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("import.filterArticles"),
                "*.txt", "*.html", "*.htm", "*.json"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) model.importInputs(paths(files));
    }

    void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.get("import.chooseFolder"));
        File folder = chooser.showDialog(stage);
        if (folder != null) model.importInputs(List.of(folder.getPath()));
    }

    void importText() {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(texts.get("import.pasteTitle"));
        dialog.setHeaderText(texts.get("import.pasteHeader"));
        TextArea area = new TextArea();
        area.setId("paste-text");
        area.setWrapText(true);
        area.setPrefSize(620, 360);
        dialog.getDialogPane().setContent(area);
        ButtonType ok = new ButtonType(texts.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> b == ok ? area.getText() : null);
        Platform.runLater(area::requestFocus);
        dialog.showAndWait().ifPresent(text -> model.importText(text, Path.of(System.getProperty("java.io.tmpdir"), "warta")));
    }

    void importLink() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle(texts.get("import.linkTitle"));
        dialog.setHeaderText(texts.get("import.linkHeader"));
        dialog.getEditor().setId("link-input");
        dialog.getEditor().setPrefColumnCount(40);
        localiseButtons(dialog.getDialogPane());
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(input -> model.importInputs(List.of(input)));
    }

    private void localiseButtons(javafx.scene.control.DialogPane pane) {
        if (pane.lookupButton(ButtonType.OK) instanceof Button b) b.setText(texts.get("dialog.ok"));
        if (pane.lookupButton(ButtonType.CANCEL) instanceof Button b) b.setText(texts.get("dialog.cancel"));
    }

    private void showReport(ImportBatch.Report report) {
        Alert alert = new Alert(report.failures().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle(texts.get("import.done"));
        alert.setHeaderText(texts.format("import.summary", report.stored(), report.duplicates(), report.failures().size()));
        alert.getDialogPane().setId("import-report");
        if (!report.failures().isEmpty()) {
            StringBuilder lines = new StringBuilder(texts.get("import.failures"));
            for (ImportBatch.Failure f : report.failures()) lines.append("\n").append(f.line());
            TextArea area = new TextArea(lines.toString());
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(10, report.failures().size() + 1));
            alert.getDialogPane().setContent(area);
        }
        localiseButtons(alert.getDialogPane());
        model.importReportProperty().set(null);
        alert.show();
    }

    void export(ArticleExport.Format format) {
        List<ArticleRow> chosen = list.selected();
        if (chosen.isEmpty()) {
            model.noticeProperty().set(Notice.of("export.nothing"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("export.title"));
        chooser.setInitialFileName(format == ArticleExport.Format.JSON ? "warta.json" : "warta.md");
        File target = chooser.showSaveDialog(stage);
        if (target != null) model.export(chosen, target.toPath(), format);
    }

    void inform(String titleKey, String bodyKey) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(texts.get(titleKey));
        alert.setHeaderText(texts.get(titleKey));
        alert.setContentText(texts.get(bodyKey));
        localiseButtons(alert.getDialogPane());
        alert.show();
    }

    void openSelected() {
        list.open();
    }

    void move(int step) {
        list.move(step);
    }

    void star() {
        model.toggleStar(list.selected());
    }

    void toggleRead() {
        model.toggleRead(list.selected());
    }

    void delete() {
        model.delete(list.selected());
    }

    void focusSearch() {
        search.focus();
    }

    ReaderOptions readerOptions() {
        return reader;
    }

    Theme theme() {
        return theme;
    }

    void theme(Theme chosen) {
        theme = chosen;
        chosen.apply();
        settings.theme(chosen);
    }

    void language(Locale locale) {
        if (locale.getLanguage().equals(texts.locale().getLanguage())) return;
        settings.dividers(panes.getDividerPositions());
        texts = new Texts(locale);
        settings.language(locale);
        // Rebuild after the menu that asked for it has closed: replacing the menu bar under an
        // open menu leaves its popup behind.
        Platform.runLater(() -> {
            ArticleRow open = model.articleRowProperty().get();
            scene.setRoot(build());
            if (open != null) list.select(open);
            stage.setTitle(texts.get("app.title"));
        });
    }

    void quit() {
        remember();
        stage.close();
    }

    /** Saves what the next start restores, then lets the library close off the FX thread. */
    void remember() {
        settings.windowMaximized(stage.isMaximized());
        if (!stage.isMaximized()) settings.windowSize(stage.getWidth(), stage.getHeight());
        settings.dividers(panes.getDividerPositions());
        settings.theme(theme);
        settings.language(texts.locale());
        settings.fontSize(reader.fontSizeProperty().get());
        ArticleRow open = model.articleRowProperty().get();
        settings.lastArticle(open == null ? null : open.id());
        settings.flush();
        model.close(null);
    }

    LibraryModel model() {
        return model;
    }

    Scene scene() {
        return scene;
    }

    Texts texts() {
        return texts;
    }
}
