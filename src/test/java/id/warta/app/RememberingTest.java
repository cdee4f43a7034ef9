package id.warta.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static id.warta.app.UiLibrary.onFx;
import static id.warta.app.UiLibrary.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The last article and the reader's font size come back at the next start; closing saves them. */
@ExtendWith(ApplicationExtension.class)
class RememberingTest {
    private UiLibrary library;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        library = UiLibrary.create();
        Settings before = new Settings(library.prefs);
        before.lastArticle(UiLibrary.wina().id());
        before.fontSize(18);
        window = library.show(stage);
    }

    @AfterEach
    void cleanUp() throws Exception {
        library.dispose();
    }

    @Test
    void lastArticleAndFontSizeAreRestoredAndSaved(FxRobot robot) throws Exception {
        until(() -> window.model().articleProperty().get() != null);
        assertEquals(UiLibrary.WINA_HEADLINE, onFx(() -> window.model().articleProperty().get().headline()));
        assertEquals(18.0, onFx(() -> window.readerOptions().fontSizeProperty().get()));
        assertEquals(UiLibrary.WINA_HEADLINE, onFx(() -> robot.lookup("#article-list").queryListView()
                .getSelectionModel().getSelectedItem().toString()));

        robot.clickOn(UiLibrary.BEIJING_HEADLINE);
        until(() -> window.model().articleProperty().get() != null
                && UiLibrary.BEIJING_HEADLINE.equals(window.model().articleProperty().get().headline()));
        robot.clickOn("A+");
        UiLibrary.runFx(window::remember);
        Settings after = new Settings(library.prefs);
        assertEquals(UiLibrary.beijing().id(), after.lastArticle());
        assertEquals(19.0, after.fontSize());
        assertEquals(1200.0, after.windowWidth());
    }
}
