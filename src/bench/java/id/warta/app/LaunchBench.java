package id.warta.app;

import id.warta.ingest.ImportBatch;
import id.warta.model.Article;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.prefs.Preferences;

/**
 * How soon the real app shows its window and the first page of its list on a given library
 * (issue 8: at 100,000 articles, window ≤ 2 s, first page ≤ 300 ms). It starts the app as
 * {@link WartaApp} does (same window, model and store) with throwaway settings, and prints
 * milliseconds since the JVM started for: main, the FX toolkit up, the window shown, the first
 * rows in the model, the first rows painted, the sidebar counts in; and every library call with
 * its own duration. Then it scrolls to row 3,000 and runs a search, timing both, and exits.
 * Prints figures only; asserts nothing.
 *
 * As the README's jar command starts the app (C1 only, the build's class archive; CDS takes jars only,
 * and allows entries appended after the archived class path, so the bench's jar comes after warta.jar):
 * <pre>
 * mvn -B -q -o -DskipTests package
 * xvfb-run -a java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/warta.jsa \
 *     -cp target/warta.jar:target/warta-bench.jar id.warta.app.LaunchBench /tmp/lib100k.db
 * </pre>
 * As {@code mvn exec:exec} starts it (classes directory, C1 only):
 * <pre>
 * xvfb-run -a java -XX:TieredStopAtLevel=1 -cp target/classes:target/warta-bench.jar id.warta.app.LaunchBench /tmp/lib100k.db
 * </pre>
 */
public final class LaunchBench {
    private static final int SCROLL_TO = 3_000;
    private static final String QUERY = "perdamaian";

    private LaunchBench() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: LaunchBench LIBRARY.db");
            System.exit(2);
        }
        if (!Files.isRegularFile(Path.of(args[0]))) {
            System.err.println(args[0] + ": no such library file");
            System.exit(2);
        }
        mark("main");
        // Launched from here, not from an Application subclass: started that way from the class
        // path, Java refuses ("JavaFX runtime components are missing"), as Main's comment says.
        Application.launch(Timed.class, args);
    }

    /** Milliseconds since the JVM started: what a person waits from launching the app. */
    static long now() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** Also the process's CPU time so far: on a shared machine the wall clock counts waits for a core too. */
    static void mark(String what) {
        System.out.printf(Locale.ROOT, "%6d ms  (cpu %6d ms)  %s%n", now(), cpuMillis(), what);
    }

    static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** The app as WartaApp starts it, with the moments it reaches printed. */
    public static final class Timed extends Application {
    private Preferences prefs;
    private MainWindow window;
    private long shownAt = -1;
    private long rowsAt = -1;
    private long paintedAt = -1;
    private long firstFrameAt = -1;

    @Override
    public void start(Stage stage) {
        mark("FX toolkit up, start()");
        Path db = Path.of(getParameters().getRaw().get(0));
        prefs = Preferences.userRoot().node("/id/warta/bench/" + UUID.randomUUID());
        Settings settings = new Settings(prefs);
        settings.windowSize(1280, 800);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            shownAt = now();
            mark("window shown");
        });
        window = MainWindow.show(stage, () -> new TimedCatalogue(StoreCatalogue.open(db)), settings);
        LibraryModel model = window.model();
        model.rows().addListener((javafx.collections.ListChangeListener<ArticleRow>) c -> {
            if (rowsAt < 0 && !model.rows().isEmpty()) {
                rowsAt = now();
                mark("first page in the model: " + model.rows().size() + " rows of " + model.totalProperty().get());
            }
        });
        window.scene().addPostLayoutPulseListener(this::checkPainted);
    }

    /** After each layout pass: the first time a list cell holds an article, the first page is on screen. */
    private void checkPainted() {
        if (firstFrameAt < 0 && shownAt >= 0) {
            // WINDOW_SHOWN fires inside show(); the window's first frame is laid out and drawn on a later pulse.
            firstFrameAt = now();
            mark("first frame of the window laid out (drawn in this pulse)");
        }
        if (paintedAt >= 0 || rowsAt < 0) return;
        for (Node cell : window.scene().getRoot().lookupAll(".article-cell")) {
            if (cell.isVisible() && cell.getParent() != null) {
                paintedAt = now();
                mark("first page painted");
                Platform.runLater(this::whenIdle);
                return;
            }
        }
    }

    private void whenIdle() {
        LibraryModel model = window.model();
        boolean counted = !model.facets(FacetKind.SOURCE).isEmpty();
        if (!counted || model.worker().pendingProperty().get() > 0 || model.sidebarWorker().pendingProperty().get() > 0) {
            waitThen(this::whenIdle);
            return;
        }
        mark("library and sidebar threads idle (sidebar counts in: " + facetCounts(model) + ")");
        scroll();
    }

    private static String facetCounts(LibraryModel model) {
        StringBuilder out = new StringBuilder();
        for (FacetKind kind : FacetKind.values()) {
            out.append(out.length() == 0 ? "" : ", ").append(kind.name().toLowerCase()).append(' ')
                    .append(model.facets(kind).size());
        }
        return out.toString();
    }

    /** Scrolls to row SCROLL_TO as a reader dragging the scroll bar would, page after page. */
    private void scroll() {
        @SuppressWarnings("unchecked")
        ListView<ArticleRow> list = (ListView<ArticleRow>) window.scene().lookup("#article-list");
        LibraryModel model = window.model();
        long start = now();
        Runnable step = new Runnable() {
            @Override
            public void run() {
                int target = Math.min(SCROLL_TO, model.totalProperty().get() - 1);
                if (model.rows().size() > target) {
                    list.scrollTo(target);
                    mark(String.format(Locale.ROOT, "scrolled to row %,d in %d ms (%,d rows loaded)", target,
                            now() - start, model.rows().size()));
                    search();
                    return;
                }
                list.scrollTo(model.rows().size() - 1);
                waitThen(this);
            }
        };
        step.run();
    }

    private void search() {
        LibraryModel model = window.model();
        long start = now();
        model.rows().addListener(new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends ArticleRow> c) {
                model.rows().removeListener(this);
                mark(String.format(Locale.ROOT, "search \"%s\": first %d of %,d%s results in the list %d ms after"
                                + " the query was set (%d ms of it the typing pause)", QUERY, model.rows().size(),
                        model.totalProperty().get(), model.totalKnownProperty().get() ? "" : "+", now() - start, (long) LibraryModel.SEARCH_DELAY.toMillis()));
                finish();
            }
        });
        model.queryProperty().set(QUERY);
    }

    private void finish() {
        System.out.printf(Locale.ROOT, "window shown %d ms after JVM start, first frame %d ms; first page painted %d ms"
                        + " after the window was shown (%d ms after JVM start); load average %.1f on %d cores%n", shownAt,
                firstFrameAt, paintedAt - shownAt, paintedAt, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        window.model().close(() -> {
            try {
                prefs.removeNode();
            } catch (Exception e) {
                System.err.println("settings node not removed: " + e.getMessage());
            }
            // Straight out: Platform.exit() would stop the renderer under a pulse that is still painting.
            System.exit(0);
        });
    }

    }

    /** Polls on the next pulses without blocking the FX thread. */
    private static void waitThen(Runnable next) {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(5));
        pause.setOnFinished(e -> next.run());
        pause.play();
    }

    /** The store, with each call the app makes timed and printed (they run on the library thread). */
    private static final class TimedCatalogue implements Catalogue {
        private final Catalogue store;

        TimedCatalogue(Catalogue store) {
            mark("library opened");
            this.store = store;
        }

        private static <T> T timed(String what, Callable<T> call) throws Exception {
            long start = System.nanoTime();
            T value = call.call();
            System.out.printf(Locale.ROOT, "%6d ms    library: %s took %.1f ms%n", now(), what,
                    (System.nanoTime() - start) / 1e6);
            return value;
        }

        @Override
        public Listing listing(Shelf shelf, String query, SortOrder order) throws Exception {
            Listing listing = timed("listing(" + shelf + ", \"" + query + "\")", () -> store.listing(shelf, query, order));
            return new Listing() {
                @Override
                public int total() {
                    return listing.total();
                }

                @Override
                public List<ArticleRow> next(int limit) throws Exception {
                    return timed("next page of " + limit, () -> listing.next(limit));
                }

                @Override
                public boolean complete() {
                    return listing.complete();
                }

                @Override
                public void left(int n) {
                    listing.left(n);
                }
            };
        }

        @Override
        public List<Facet> facets(FacetKind kind) throws Exception {
            return timed("sidebar " + kind.name().toLowerCase(), () -> store.facets(kind));
        }

        @Override
        public long count() throws Exception {
            return timed("count", store::count);
        }

        @Override
        public Optional<ArticleRow> row(String id) throws Exception {
            return store.row(id);
        }

        @Override
        public Optional<Article> article(String id) throws Exception {
            return store.article(id);
        }

        @Override
        public void setRead(String id, boolean read) throws Exception {
            store.setRead(id, read);
        }

        @Override
        public void setStarred(String id, boolean starred) throws Exception {
            store.setStarred(id, starred);
        }

        @Override
        public void delete(String id) throws Exception {
            store.delete(id);
        }

        @Override
        public List<ArticleRow> related(String id, int limit) throws Exception {
            return store.related(id, limit);
        }

        @Override
        public ImportBatch.Report importSamples(ImportBatch.Progress progress) throws Exception {
            return store.importSamples(progress);
        }

        @Override
        public Outcome save(Article article) throws Exception {
            return store.save(article);
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
