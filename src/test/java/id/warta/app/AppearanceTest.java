package id.warta.app;

import javafx.application.Application;
import javafx.scene.control.TextField;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Theme and language switch from the View menu, take effect at once, and are remembered. */
@ExtendWith(ApplicationExtension.class)
class AppearanceTest {
    private UiLibrary library;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        library = UiLibrary.create();
        window = library.show(stage);
    }

    @AfterEach
    void cleanUp() throws Exception {
        library.dispose();
    }

    @Test
    void switchingThemeAndLanguage(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        assertTrue(Application.getUserAgentStylesheet().endsWith("primer-light.css"));
        assertTrue(onFx(stage::getTitle).contains("Warta"));

        UiLibrary.clickMenu(robot, "Tampilan", "Tema gelap");
        until(() -> Application.getUserAgentStylesheet().endsWith("primer-dark.css"));
        assertEquals(Theme.DARK, new Settings(library.prefs).theme());

        UiLibrary.clickMenu(robot, "Tampilan", "English");
        until(() -> robot.lookup("File").tryQuery().isPresent());
        assertTrue(robot.lookup("#shelf-unread").queryLabeled().getText().equals("Unread"));
        assertTrue(onFx(() -> robot.lookup("#search-field").queryAs(TextField.class).getPromptText()).startsWith("Search"));
        assertEquals("4 articles", robot.lookup("#article-count").queryLabeled().getText());
        assertEquals("en", new Settings(library.prefs).language().getLanguage());

        robot.clickOn(UiLibrary.BEIJING_HEADLINE);
        until(() -> robot.lookup(".summary-title").tryQuery().isPresent());
        assertEquals("SUMMARY", robot.lookup(".summary-title").queryLabeled().getText());

        UiLibrary.clickMenu(robot, "View", "Bahasa Indonesia");
        until(() -> robot.lookup("Berkas").tryQuery().isPresent());
        assertEquals("Belum dibaca", robot.lookup("#shelf-unread").queryLabeled().getText());
        UiLibrary.clickMenu(robot, "Tampilan", "Tema terang");
        until(() -> Application.getUserAgentStylesheet().endsWith("primer-light.css"));
    }
}
