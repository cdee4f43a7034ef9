package id.warta.app;

import id.warta.store.Library;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;

import static id.warta.app.UiLibrary.onFx;
import static id.warta.app.UiLibrary.runFx;
import static id.warta.app.UiLibrary.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A list longer than a page: the first page shows with the whole count, scrolling reads the rest. */
@ExtendWith(ApplicationExtension.class)
class LongListTest {
    private static final int ARTICLES = 260;

    private Preferences prefs;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path db = Files.createTempDirectory("warta-long").resolve("library.db");
        try (Library library = Library.open(db)) {
            library.saveAll(UiLibrary.variations(ARTICLES));
        }
        prefs = Preferences.userRoot().node("/id/warta/test/" + UUID.randomUUID());
        new Settings(prefs).windowSize(1200, 760);
        window = MainWindow.show(stage, () -> StoreCatalogue.open(db), new Settings(prefs));
    }

    @AfterEach
    void cleanUp() throws Exception {
        prefs.removeNode();
    }

    @SuppressWarnings("unchecked")
    private ListView<ArticleRow> list(FxRobot robot) {
        return robot.lookup("#article-list").queryAs(ListView.class);
    }

    @Test
    void scrollingToTheEndReadsTheRestNewestFirst(FxRobot robot) throws Exception {
        until(() -> window.model().rows().size() == LibraryModel.FIRST_PAGE);
        assertEquals("260 artikel", onFx(() -> robot.lookup("#article-count").queryAs(Label.class).getText()));

        runFx(() -> list(robot).scrollTo(LibraryModel.FIRST_PAGE - 1));
        until(() -> window.model().rows().size() == ARTICLES);
        robot.clickOn(robot.lookup(".article-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.END);
        until(() -> list(robot).getSelectionModel().getSelectedIndex() == ARTICLES - 1);
        // Variation 0 is the oldest.
        assertEquals(UiLibrary.variations(1).get(0).headline(),
                onFx(() -> list(robot).getSelectionModel().getSelectedItem().headline()));
    }

    @Test
    void articlesReadOnTheUnreadShelfDoNotPushOthersOffTheNextPage(FxRobot robot) throws Exception {
        until(() -> window.model().rows().size() == LibraryModel.FIRST_PAGE);
        runFx(() -> window.model().shelfProperty().set(Shelf.UNREAD));
        until(() -> window.model().rows().size() == LibraryModel.FIRST_PAGE
                && window.model().worker().pendingProperty().get() == 0);
        for (int i = 5; i < 8; i++) {
            int at = i;
            runFx(() -> window.model().open(window.model().rows().get(at)));
            until(() -> window.model().worker().pendingProperty().get() == 0);
        }
        // Three loaded rows are read now (they stay in view, greyed); the library's Unread shelf lost them.
        runFx(() -> list(robot).scrollTo(LibraryModel.FIRST_PAGE - 1));
        until(() -> window.model().worker().pendingProperty().get() == 0
                && window.model().rows().size() == ARTICLES);
        List<String> ids = onFx(() -> window.model().rows().stream().map(ArticleRow::id).toList());
        assertEquals(ARTICLES, new HashSet<>(ids).size(), "no unread article skipped or listed twice");
    }
}
