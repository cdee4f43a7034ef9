package id.warta.app;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static id.warta.app.UiLibrary.onFx;
import static id.warta.app.UiLibrary.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing through the menu: progress while it runs, a report at the end, the list updated. */
@ExtendWith(ApplicationExtension.class)
class ImportingTest {
    private static final String HEADLINE = "Jepang dan Korea Selatan Perkuat Kerja Sama Pertahanan";

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
    void importedFileAppearsWithProgressAndReport(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        Path file = library.folder.resolve("jepang.txt");
        Files.writeString(file, HEADLINE + "\n\n"
                + "Tokyo – Jepang dan Korea Selatan sepakat memperkuat kerja sama pertahanan di kawasan.\n\n"
                + "Kedua negara akan menggelar latihan bersama tahun depan.\n");
        List<Double> progress = Collections.synchronizedList(new ArrayList<>());
        UiLibrary.runFx(() -> window.model().importProgressProperty().addListener((o, a, b) -> progress.add(b.doubleValue())));

        importByAddress(robot, file.toString());
        until(() -> robot.lookup("#import-report").tryQuery().isPresent());
        DialogPane report = robot.lookup("#import-report").queryAs(DialogPane.class);
        assertEquals("1 disimpan, 0 duplikat, 0 gagal", onFx(report::getHeaderText));
        assertTrue(progress.contains(1.0), "the progress bar reached the end: " + progress);
        robot.clickOn("OK");
        UiLibrary.awaitRows(window, 5);
        assertTrue(UiLibrary.headlines(window).contains(HEADLINE));

        importByAddress(robot, file.toString());
        until(() -> robot.lookup("#import-report").tryQuery().isPresent());
        assertEquals("0 disimpan, 1 duplikat, 0 gagal",
                onFx(robot.lookup("#import-report").queryAs(DialogPane.class)::getHeaderText));
        robot.clickOn("OK");
    }

    @Test
    void failuresAreListedWithTheirReasons(FxRobot robot) throws Exception {
        UiLibrary.awaitRows(window, 4);
        Path missing = library.folder.resolve("tidak-ada.txt");
        importByAddress(robot, missing.toString());
        until(() -> robot.lookup("#import-report").tryQuery().isPresent());
        DialogPane report = robot.lookup("#import-report").queryAs(DialogPane.class);
        assertEquals("0 disimpan, 0 duplikat, 1 gagal", onFx(report::getHeaderText));
        String details = onFx(() -> ((javafx.scene.control.TextArea) report.getContent()).getText());
        assertTrue(details.contains(missing + ": no such file"), details);
        robot.clickOn("OK");
        assertEquals(4, UiLibrary.headlines(window).size());
    }

    private static void importByAddress(FxRobot robot, String address) throws Exception {
        UiLibrary.clickMenu(robot, "Berkas", "Impor tautan…");
        until(() -> robot.lookup("#link-input").tryQuery().isPresent());
        robot.clickOn("#link-input").write(address);
        robot.clickOn("OK");
    }
}
