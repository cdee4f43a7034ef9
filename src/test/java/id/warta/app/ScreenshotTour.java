package id.warta.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

/**
 * Takes the README's screenshots of the real window (run under Xvfb, see docs/screenshots/README.md):
 * opens a fresh library (the samples come in on first start), imports the given files or folders
 * through the app's own import, then puts the window in each state and has ImageMagick's
 * {@code import} grab the screen.
 *
 * <p>Usage: {@code ScreenshotTour OUT_DIR DB [INPUT...]}
 */
public final class ScreenshotTour {
    private static final String SEED_WORD = "Putin";

    /** The JavaFX side; main() must live in a class that is not an Application (as in id.warta.Main). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            ScreenshotTour.start(stage, getParameters().getRaw());
        }
    }

    private static void start(Stage stage, List<String> args) {
        Path out = Path.of(args.get(0));
        Path db = Path.of(args.get(1));
        List<String> inputs = args.subList(2, args.size());
        Preferences prefs = Preferences.userRoot().node("/id/warta/tour/" + UUID.randomUUID());
        Settings settings = new Settings(prefs);
        settings.windowSize(1400, 900);
        settings.dividers(new double[]{0.16, 0.45});
        MainWindow window = MainWindow.show(stage, () -> StoreCatalogue.open(db), settings);
        stage.setX(0);
        stage.setY(0);
        Thread tour = new Thread(() -> {
            try {
                run(window, out, inputs);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                try {
                    prefs.removeNode();
                } catch (java.util.prefs.BackingStoreException e) {
                    System.err.println("tour: preferences left behind: " + e.getMessage());
                }
                Platform.exit();
            }
        }, "tour");
        tour.start();
    }

    private static void run(MainWindow w, Path out, List<String> inputs) throws Exception {
        LibraryModel m = w.model();
        until(() -> m.readyProperty().get() && idle(m) && !m.rows().isEmpty());
        if (!inputs.isEmpty()) {
            fx(() -> m.importInputs(inputs));
            until(() -> idle(m) && !m.importingProperty().get());
            fx(() -> Platform.runLater(() -> {
                for (javafx.stage.Window win : List.copyOf(javafx.stage.Window.getWindows())) {
                    if (win != w.scene().getWindow() && win instanceof Stage s) s.close();
                }
            }));
        }
        ArticleRow seed = row(m, SEED_WORD);
        fx(() -> m.open(seed));
        until(() -> idle(m) && m.articleProperty().get() != null);
        shoot(out.resolve("library.png"));

        fx(() -> m.queryProperty().set("place:Jakarta"));
        until(() -> idle(m) && m.rows().size() > 1);
        fx(() -> m.open(m.rows().get(0)));
        until(() -> idle(m));
        shoot(out.resolve("search.png"));

        fx(() -> {
            m.queryProperty().set("");
            m.refresh();
        });
        until(() -> idle(m));
        fx(() -> m.open(row(m, SEED_WORD)));
        fx(() -> w.readerOptions().skimProperty().set(true));
        until(() -> idle(m));
        shoot(out.resolve("skim.png"));

        fx(() -> {
            w.readerOptions().skimProperty().set(false);
            w.theme(Theme.DARK);
        });
        until(() -> idle(m));
        shoot(out.resolve("dark.png"));
    }

    private static ArticleRow row(LibraryModel m, String word) {
        return m.rows().stream().filter(r -> r.headline() != null && r.headline().contains(word)).findFirst()
                .orElse(m.rows().get(0));
    }

    /** Both threads: the sidebar's counts come on their own. */
    private static boolean idle(LibraryModel m) {
        return m.worker().pendingProperty().get() == 0 && m.sidebarWorker().pendingProperty().get() == 0;
    }

    private static void fx(Runnable action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await(10, TimeUnit.SECONDS);
    }

    private static void until(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            boolean[] holds = new boolean[1];
            fx(() -> holds[0] = condition.getAsBoolean());
            if (holds[0]) return;
            Thread.sleep(200);
        }
        throw new IllegalStateException("the window did not settle");
    }

    /** Lets layout and the debounced search settle, then grabs the whole X screen. */
    private static void shoot(Path file) throws Exception {
        Thread.sleep(1500);
        fx(() -> { });
        Files.createDirectories(file.getParent());
        Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (p.waitFor() != 0) throw new IllegalStateException("import failed for " + file);
        System.out.println("wrote " + file);
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }
}
