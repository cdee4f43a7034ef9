package id.warta.app;

import id.warta.ingest.ImportBatch;
import id.warta.model.Article;
import id.warta.model.ArticleId;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Quote;
import id.warta.model.Section;
import id.warta.store.Library;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

/**
 * A temporary library for UI tests: the seed, imported through the real pipeline, and three
 * articles built field by field (so their sections, summaries, quotes and entity mentions are
 * known exactly), with a throwaway preferences node.
 */
final class UiLibrary {
    static final String SEED = "data/000_541abc782ac656e9.txt";
    static final String BEIJING_HEADLINE = "Sugiono dan Wang Yi Bahas Kerja Sama di Beijing";
    static final String JAKARTA_HEADLINE = "ASEAN Bahas Keamanan Laut di Jakarta";
    static final String WINA_HEADLINE = "Harga Minyak Naik Usai Pertemuan OPEC di Wina";

    final Path folder;
    final Path database;
    final Preferences prefs;

    private UiLibrary() throws Exception {
        folder = Files.createTempDirectory("warta-ui");
        database = folder.resolve("library.db");
        prefs = Preferences.userRoot().node("/id/warta/test/" + UUID.randomUUID());
        // Monocle's headless screen is 1280x800; a larger window overflows its frame buffer.
        new Settings(prefs).windowSize(1200, 760);
        try (Library library = Library.open(database)) {
            ImportBatch.Report seed = new ImportBatch().run(List.of(SEED), library, null);
            if (seed.stored() != 1) throw new IllegalStateException("seed not stored: " + seed.failures());
            for (Article a : articles()) library.save(a);
        }
    }

    static UiLibrary create() throws Exception {
        return new UiLibrary();
    }

    /** Opens the real window on this library, as WartaApp does, and waits until the list is filled. */
    MainWindow show(Stage stage) throws TimeoutException {
        MainWindow window = MainWindow.show(stage, () -> StoreCatalogue.open(database), new Settings(prefs));
        stage.requestFocus();
        return window;
    }

    static void awaitRows(MainWindow window, int n) throws TimeoutException {
        until(() -> window.model().rows().size() == n && window.model().worker().pendingProperty().get() == 0);
    }

    /** Polls a condition on the FX thread (where the state lives) until it holds, for at most 15 s. */
    static void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
        });
    }

    /**
     * Clicks through a menu path, waiting for each item to be on screen. The pointer goes down
     * first, then across: sliding along the menu bar with a menu open would open its neighbour.
     */
    static void clickMenu(org.testfx.api.FxRobot robot, String... path) throws TimeoutException {
        for (String label : path) {
            try {
                until(() -> robot.lookup(label).match(UiLibrary::showing).tryQuery().isPresent());
            } catch (TimeoutException e) {
                throw new AssertionError("menu item not shown: " + label + " windows: " + windows(robot), e);
            }
            javafx.scene.Node item = robot.lookup(label).match(UiLibrary::showing).query();
            robot.clickOn(item, org.testfx.robot.Motion.VERTICAL_FIRST);
        }
    }

    static String windows(org.testfx.api.FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                    .map(w -> w.getClass().getSimpleName() + (w.isShowing() ? "+" : "-")
                            + robot.from(w.getScene().getRoot()).lookup(".label").queryAll().stream()
                            .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList())
                    .toList().toString()).get();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static boolean showing(javafx.scene.Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing() && node.isVisible();
    }

    static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    static void runFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static List<String> headlines(MainWindow window) throws Exception {
        return onFx(() -> window.model().rows().stream().map(ArticleRow::headline).toList());
    }

    void dispose() throws Exception {
        prefs.removeNode();
        Platform.runLater(() -> { });
    }

    static List<Article> articles() {
        return List.of(beijing(), jakarta(), wina());
    }

    /**
     * {@code n} variations of {@link #articles()}: distinct headlines "… (i)" and ids, published 23 minutes
     * apart from 2021 on (so variation i+1 is newer than i), for lists longer than a page.
     */
    static List<Article> variations(int n) {
        List<Article> base = articles();
        java.time.OffsetDateTime start = java.time.OffsetDateTime.of(2021, 1, 1, 8, 0, 0, 0, java.time.ZoneOffset.ofHours(7));
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Article a = base.get(i % base.size());
            String headline = a.headline() + " (" + i + ")";
            Article v = new Article(null, headline, a.source(), a.dateline(), start.plusMinutes(i * 23L).toString(),
                    null, a.caption(), a.sections(), a.quotes(), a.people(), a.places(), a.organizations(),
                    a.summary(), a.mentions());
            out.add(v.withId(ArticleId.of(headline, v.bodyText())));
        }
        return out;
    }

    static Article beijing() {
        String p0 = "Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Tiongkok Wang Yi di Beijing, Senin.";
        String p1 = "Keduanya membahas perdagangan dan investasi di kawasan Asia Tenggara.";
        String p2 = "“Kami ingin hubungan yang saling menguntungkan,” kata Sugiono.";
        String p3 = "Wang Yi menyambut baik usulan Indonesia untuk memperluas kerja sama.";
        List<Section> sections = List.of(
                new Section(null, List.of(p0, p1), "Sugiono bertemu Wang Yi di Beijing."),
                new Section("Kerja Sama Ekonomi", List.of(p2, p3), "Kedua menlu sepakat memperluas kerja sama ekonomi."));
        List<Mention> mentions = new ArrayList<>();
        mention(mentions, p0, "Sugiono", EntityType.PERSON, "Sugiono", 0, 0);
        mention(mentions, p0, "Tiongkok", EntityType.PLACE, "Tiongkok", 0, 0);
        mention(mentions, p0, "Wang Yi", EntityType.PERSON, "Wang Yi", 0, 0);
        mention(mentions, p0, "Beijing", EntityType.PLACE, "Beijing", 0, 0);
        mention(mentions, p2, "Sugiono", EntityType.PERSON, "Sugiono", 1, 0);
        mention(mentions, p3, "Wang Yi", EntityType.PERSON, "Wang Yi", 1, 1);
        mention(mentions, p3, "Indonesia", EntityType.PLACE, "Indonesia", 1, 1);
        return article(BEIJING_HEADLINE, "ANTARA", "Beijing", "2025-08-25T09:00:00+07:00", sections,
                List.of(new Quote("Kami ingin hubungan yang saling menguntungkan", "Sugiono", 1)),
                List.of("Sugiono", "Wang Yi"), List.of("Beijing", "Tiongkok", "Indonesia"), List.of(),
                "Sugiono bertemu Wang Yi di Beijing. Kedua menlu sepakat memperluas kerja sama ekonomi.", mentions);
    }

    static Article jakarta() {
        String p0 = "Para menteri pertahanan ASEAN berkumpul di Jakarta untuk membahas keamanan laut.";
        String p1 = "Pertemuan itu juga menyinggung latihan bersama di Laut Natuna Utara.";
        List<Mention> mentions = new ArrayList<>();
        mention(mentions, p0, "ASEAN", EntityType.ORGANIZATION, "ASEAN", 0, 0);
        mention(mentions, p0, "Jakarta", EntityType.PLACE, "Jakarta", 0, 0);
        mention(mentions, p1, "Laut Natuna Utara", EntityType.PLACE, "Laut Natuna Utara", 0, 1);
        return article(JAKARTA_HEADLINE, "KOMPAS.com", "Jakarta", "2025-08-22T15:30:00+07:00",
                List.of(new Section(null, List.of(p0, p1), "")), List.of(), List.of(),
                List.of("Jakarta", "Laut Natuna Utara"), List.of("ASEAN"),
                "Para menteri pertahanan ASEAN berkumpul di Jakarta untuk membahas keamanan laut.", mentions);
    }

    static Article wina() {
        String p0 = "Harga minyak dunia naik setelah negara-negara OPEC bertemu di Wina.";
        String p1 = "Para analis memperkirakan kenaikan berlanjut hingga akhir tahun.";
        List<Mention> mentions = new ArrayList<>();
        mention(mentions, p0, "OPEC", EntityType.ORGANIZATION, "OPEC", 0, 0);
        mention(mentions, p0, "Wina", EntityType.PLACE, "Wina", 0, 0);
        return article(WINA_HEADLINE, "detikcom", "Wina", "2025-08-15T20:00:00+07:00",
                List.of(new Section(null, List.of(p0, p1), "")), List.of(), List.of(), List.of("Wina"),
                List.of("OPEC"), "Harga minyak dunia naik setelah negara-negara OPEC bertemu di Wina.", mentions);
    }

    private static void mention(List<Mention> out, String paragraph, String canonical, EntityType type, String text,
                                int section, int index) {
        int start = paragraph.indexOf(text);
        if (start < 0) throw new IllegalArgumentException(text + " not in " + paragraph);
        out.add(new Mention(canonical, type, text, section, index, start, start + text.length()));
    }

    private static Article article(String headline, String source, String dateline, String published,
                                   List<Section> sections, List<Quote> quotes, List<String> people,
                                   List<String> places, List<String> orgs, String summary, List<Mention> mentions) {
        Article a = new Article(null, headline, source, dateline, published, null, null, sections, quotes,
                people, places, orgs, summary, mentions);
        return a.withId(ArticleId.of(a.headline(), a.bodyText()));
    }
}
