package id.warta.app;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static id.warta.app.UiLibrary.onFx;
import static id.warta.app.UiLibrary.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The search field, entity autocomplete, and filtering by clicking names in the reader and sidebar. */
@ExtendWith(ApplicationExtension.class)
class SearchingTest {
    private static final String SEED_HEADLINE = "Pakar: Putin Tunjukkan Minat Pulihkan Hubungan Rusia–AS";

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
    void personFilterFindsTheSeed(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        robot.clickOn("#search-field").write("person:Putin");
        until(() -> window.model().rows().size() == 1);
        assertEquals(List.of(SEED_HEADLINE), UiLibrary.headlines(window));

        robot.type(KeyCode.ESCAPE);
        UiLibrary.awaitRows(window, 4);
        assertEquals("", onFx(() -> robot.lookup("#search-field").queryAs(TextField.class).getText()));
    }

    @Test
    void plainWordsSearchLive(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        robot.clickOn("#search-field").write("minyak");
        until(() -> window.model().rows().size() == 1);
        assertEquals(List.of(UiLibrary.WINA_HEADLINE), UiLibrary.headlines(window));
    }

    @Test
    void autocompleteOffersEntityNames(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        robot.clickOn("#search-field").write("Wan");
        until(() -> robot.lookup("Wang Yi  ·  person  (1)").tryQuery().isPresent());
        robot.clickOn("Wang Yi  ·  person  (1)");
        until(() -> "person:\"Wang Yi\" ".equals(window.model().queryProperty().get()));
        until(() -> window.model().rows().size() == 1);
        assertEquals(List.of(UiLibrary.BEIJING_HEADLINE), UiLibrary.headlines(window));
    }

    @Test
    void clickingAPlaceInTheReaderFiltersTheList(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        robot.clickOn(UiLibrary.BEIJING_HEADLINE);
        until(() -> robot.lookup(".entity-place").tryQuery().isPresent());
        Text beijing = onFx(() -> robot.lookup(".entity-place").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().equals("Beijing")).findFirst().orElseThrow());
        robot.clickOn(beijing);
        until(() -> "place:\"Beijing\"".equals(window.model().queryProperty().get()));
        until(() -> window.model().rows().size() == 1);
        assertEquals(List.of(UiLibrary.BEIJING_HEADLINE), UiLibrary.headlines(window));
    }

    @Test
    void thePeoplePaneIsOpenWithItsNamesAtStart(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        until(() -> robot.lookup("#facets-person").tryQuery().isPresent()
                && !robot.lookup("#facets-person").queryListView().getItems().isEmpty());
        assertEquals(true, onFx(() -> robot.lookup("#facet-pane-person").queryAs(javafx.scene.control.TitledPane.class)
                .isExpanded()));
        assertEquals(true, robot.lookup("#facets-person .label").tryQuery().isPresent(), "a name on screen");
    }

    @Test
    void clickingANameInTheSidebarFiltersTheList(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        robot.clickOn(onFx(() -> window.texts().get("facet.PLACE")));
        // The seed names many places; narrow the list so Wina has a cell on screen.
        robot.clickOn("#facet-filter").write("Wina");
        until(() -> robot.lookup("#facets-place .label").match(n -> "Wina".equals(((javafx.scene.control.Label) n).getText()))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup("#facets-place .label")
                .match(n -> "Wina".equals(((javafx.scene.control.Label) n).getText())).queryAs(javafx.scene.Node.class));
        until(() -> window.model().rows().size() == 1);
        assertEquals(List.of(UiLibrary.WINA_HEADLINE), UiLibrary.headlines(window));
    }

    @Test
    void sidebarListsCanBeFilteredByTyping(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        robot.clickOn(onFx(() -> window.texts().get("facet.PLACE")));
        until(() -> robot.lookup("#facets-place").queryListView().getItems().size() >= 5);
        robot.clickOn("#facet-filter").write("wi");
        until(() -> robot.lookup("#facets-place").queryListView().getItems().size() == 1);
        assertEquals("Wina", ((Facet) robot.lookup("#facets-place").queryListView().getItems().get(0)).name());
    }
}
