package id.warta.app;

import id.warta.store.ArticleEntry;
import id.warta.store.Library;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Optional;

import static id.warta.app.UiLibrary.onFx;
import static id.warta.app.UiLibrary.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Star, mark unread and delete (with undo) from the keyboard; each change is in the library file. */
@ExtendWith(ApplicationExtension.class)
class ManagingTest {
    private UiLibrary library;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        library = UiLibrary.create();
        window = library.show(stage);
    }

    @AfterEach
    void cleanUp() throws Exception {
        library.dispose();
    }

    @Test
    void starUnreadAndDeleteArePersisted(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        robot.clickOn(UiLibrary.WINA_HEADLINE);
        until(() -> window.model().articleProperty().get() != null);
        String id = onFx(() -> window.model().articleRowProperty().get().id());
        until(() -> stored(id).map(ArticleEntry::read).orElse(false));

        robot.type(KeyCode.S);
        until(() -> window.model().worker().pendingProperty().get() == 0);
        assertTrue(stored(id).orElseThrow().starred(), "starred in the library");
        assertTrue(onFx(() -> robot.lookup(".star").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> ArticleCell.STAR_ON.equals(l.getText()))), "the row shows its star");

        robot.type(KeyCode.U);
        until(() -> window.model().worker().pendingProperty().get() == 0);
        assertFalse(stored(id).orElseThrow().read(), "unread in the library");

        robot.clickOn("#shelf-starred");
        UiLibrary.awaitRows(window, 1);
        robot.clickOn("#shelf-all");
        UiLibrary.awaitRows(window, 4);

        robot.clickOn(UiLibrary.WINA_HEADLINE);
        robot.type(KeyCode.DELETE);
        UiLibrary.awaitRows(window, 3);
        assertTrue(stored(id).isEmpty(), "deleted from the library");
        assertFalse(UiLibrary.headlines(window).contains(UiLibrary.WINA_HEADLINE));

        robot.clickOn("#undo");
        UiLibrary.awaitRows(window, 4);
        ArticleEntry back = stored(id).orElseThrow();
        assertTrue(back.starred(), "undo restores the star");
        assertEquals(4, UiLibrary.headlines(window).size());
    }

    @Test
    void jAndKMoveThroughTheList(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        robot.clickOn(UiLibrary.BEIJING_HEADLINE);
        int first = onFx(() -> window.model().rows().indexOf(window.model().articleRowProperty().get()));
        robot.type(KeyCode.J);
        until(() -> window.model().rows().indexOf(window.model().articleRowProperty().get()) == first + 1);
        robot.type(KeyCode.K);
        until(() -> window.model().rows().indexOf(window.model().articleRowProperty().get()) == first);
    }

    /** Reads the article's list entry through a second connection to the same file. */
    private Optional<ArticleEntry> stored(String id) {
        try (Library check = Library.open(library.database)) {
            return check.list().stream().filter(e -> e.id().equals(id)).findFirst();
        }
    }
}
