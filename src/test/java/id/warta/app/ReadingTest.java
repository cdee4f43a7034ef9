package id.warta.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static id.warta.app.UiLibrary.onFx;
import static id.warta.app.UiLibrary.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Selecting an article shows its summary, its sections with their summaries set apart, and its quote. */
@ExtendWith(ApplicationExtension.class)
class ReadingTest {
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
    void selectingAnArticleShowsSectionsSummariesAndQuote(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        assertTrue(onFx(() -> robot.lookup("#reader-headline").tryQuery().isEmpty()), "nothing open yet");

        robot.clickOn(UiLibrary.BEIJING_HEADLINE);
        until(() -> robot.lookup("#reader-headline").tryQuery().isPresent());

        Label headline = robot.lookup("#reader-headline").queryAs(Label.class);
        assertEquals(UiLibrary.BEIJING_HEADLINE, headline.getText());
        assertTrue(labels(robot, ".meta").get(0).startsWith("ANTARA · Beijing · 25 Agustus 2025"),
                "meta line: " + labels(robot, ".meta"));
        assertEquals(List.of("Kerja Sama Ekonomi"), labels(robot, ".section-heading"));
        assertEquals("Sugiono bertemu Wang Yi di Beijing. Kedua menlu sepakat memperluas kerja sama ekonomi.",
                flowText(robot.lookup(".article-summary").queryAs(VBox.class)));
        // The section summary sits between its heading and its first paragraph.
        VBox page = robot.lookup("#reader-page").queryAs(VBox.class);
        List<Node> children = page.getChildren();
        int heading = indexOf(children, n -> n instanceof Label l && "Kerja Sama Ekonomi".equals(l.getText()));
        assertTrue(children.get(heading + 1).getStyleClass().contains("section-summary"));
        assertEquals("Kedua menlu sepakat memperluas kerja sama ekonomi.", flowText((VBox) children.get(heading + 1)));
        assertTrue(children.get(heading + 2).getStyleClass().contains("block-quote"), "the quote paragraph follows");
        assertTrue(labels(robot, ".speaker").get(0).contains("Sugiono"));
        // The article heads the reader; opening it marked it read.
        assertTrue(onFx(() -> window.model().articleRowProperty().get().isRead()));
        Set<String> names = onFx(() -> robot.lookup(".entity").queryAllAs(Text.class).stream()
                .map(Text::getText).collect(Collectors.toSet()));
        assertEquals(Set.of("Sugiono", "Wang Yi", "Tiongkok", "Beijing", "Indonesia"), names);
    }

    @Test
    void skimModeShowsOnlyHeadingsAndSummaries(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        robot.clickOn(UiLibrary.BEIJING_HEADLINE);
        until(() -> !robot.lookup(".paragraph").queryAll().isEmpty());
        int paragraphs = robot.lookup(".paragraph").queryAll().size();
        assertEquals(4, paragraphs);

        robot.clickOn("#toolbar-skim");
        until(() -> robot.lookup(".paragraph").queryAll().isEmpty());
        assertEquals(List.of("Kerja Sama Ekonomi"), labels(robot, ".section-heading"));
        assertFalse(robot.lookup(".section-summary").queryAll().isEmpty());
        assertFalse(robot.lookup(".article-summary").queryAll().isEmpty());
        assertTrue(robot.lookup(".block-quote").queryAll().isEmpty());

        robot.clickOn("#toolbar-skim");
        until(() -> robot.lookup(".paragraph").queryAll().size() == paragraphs);
    }

    @Test
    void fontSizeChangesTheReaderText(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        robot.clickOn(UiLibrary.BEIJING_HEADLINE);
        until(() -> robot.lookup("#reader-headline").tryQuery().isPresent());
        double before = onFx(() -> robot.lookup(".paragraph").queryAs(TextFlow.class)
                .getChildren().get(0) instanceof Text t ? t.getFont().getSize() : 0.0);
        robot.clickOn("A+").clickOn("A+");
        until(() -> robot.lookup(".paragraph").queryAs(TextFlow.class).getChildren().get(0) instanceof Text t
                && t.getFont().getSize() == before + 2);
    }

    private static int indexOf(List<Node> nodes, java.util.function.Predicate<Node> test) {
        for (int i = 0; i < nodes.size(); i++) if (test.test(nodes.get(i))) return i;
        throw new AssertionError("not found");
    }

    private static List<String> labels(FxRobot robot, String query) throws Exception {
        return onFx(() -> robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    private static String flowText(VBox box) {
        TextFlow flow = (TextFlow) box.getChildren().get(1);
        return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }
}
