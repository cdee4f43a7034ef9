package id.warta.app;

import id.warta.ingest.ImportBatch;
import id.warta.model.Article;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The state of the main window: which shelf and query, the rows they give, the open article,
 * the sidebar's name lists, and the actions on them. Views bind to these properties; every
 * library call goes through the {@link LibraryWorker}.
 */
public final class LibraryModel {
    static final Duration SEARCH_DELAY = Duration.millis(250);
    /** Rows read before the list first shows: a few screens, quick to read from any library. */
    static final int FIRST_PAGE = 100;
    /**
     * How long the sidebar's first counts wait after the first page arrives: on two cores their queries
     * (seconds at 100,000 articles) would otherwise take the core that paints the first rows.
     */
    static final Duration FIRST_PAINT = Duration.millis(400);
    /** Rows read each time the reader scrolls near the end of those loaded. */
    static final int PAGE = 500;

    private final LibraryWorker worker = new LibraryWorker();
    /**
     * The sidebar's name counts group a million entity links at 100,000 articles (over a second each
     * kind): on the library thread they would hold up every page and every article opened after them,
     * so they run on their own thread and their own connection (the library is in WAL mode: readers
     * do not wait for each other or for the writer).
     */
    private final LibraryWorker sidebarWorker = new LibraryWorker("warta-sidebar");
    private Callable<Catalogue> opener;
    /** The sidebar's connection; touched only on the sidebar thread. */
    private Catalogue sidebarCatalogue;
    private int facetGeneration;
    /** The sidebar waits for the first page: on two cores its queries would slow the first rows down. */
    private boolean facetsDue;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Shelf> shelf = new SimpleObjectProperty<>(Shelf.ALL);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(SortOrder.DATE);
    private final ObservableList<ArticleRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper totalKnown = new ReadOnlyBooleanWrapper(true);
    private final Map<FacetKind, ObservableList<Facet>> facets = new EnumMap<>(FacetKind.class);
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ObjectProperty<ArticleRow> articleRow = new SimpleObjectProperty<>();
    private final ObservableList<ArticleRow> related = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final DoubleProperty importProgress = new SimpleDoubleProperty(0);
    private final StringProperty importInput = new SimpleStringProperty("");
    private final ObjectProperty<ImportBatch.Report> importReport = new SimpleObjectProperty<>();
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private Catalogue catalogue;
    /** Where the rows come from; null while a new list is being made. Its methods run on the library thread only. */
    private Listing listing;
    private boolean fetching;
    private int listGeneration;
    private int articleGeneration;
    /** The article open when the app last closed; opened once the first list arrives. */
    private String reopen;

    public LibraryModel() {
        for (FacetKind kind : FacetKind.values()) facets.put(kind, FXCollections.observableArrayList());
        worker.onFailure(e -> notice.set(Notice.of("status.error", oneLine(e))));
        sidebarWorker.onFailure(e -> notice.set(Notice.of("status.error", oneLine(e))));
        searchDelay.setOnFinished(e -> refresh());
        query.addListener((obs, old, now) -> searchDelay.playFromStart());
        shelf.addListener((obs, old, now) -> refresh());
        sort.addListener((obs, old, now) -> refresh());
    }

    /**
     * Opens the library off the FX thread and reads the list's first page with it: the window is being
     * built meanwhile, and the rows come back in the same answer rather than one round trip later.
     */
    public void open(Callable<Catalogue> opener, String lastArticle) {
        this.opener = opener;
        ListRequest asked = currentRequest();
        worker.submit(() -> {
            Catalogue opened = opener.call();
            long count = opened.count();
            return new Opened(opened, count, count == 0 ? null : firstPage(opened, asked));
        }, opened -> {
            catalogue = opened.catalogue();
            ready.set(true);
            notice.set(Notice.of("app.ready", opened.count()));
            if (opened.count() == 0) {
                importSamples();
                return;
            }
            reopen = lastArticle;
            facetsDue = true;
            if (asked.equals(currentRequest())) showFirstPage(++listGeneration, opened.first());
            else refresh();
        });
    }

    private record Opened(Catalogue catalogue, long count, Page first) {
    }

    /** What the list shows: shelf, query (stripped) and order. */
    private record ListRequest(Shelf shelf, String query, SortOrder order) {
    }

    private ListRequest currentRequest() {
        return new ListRequest(shelf.get(), query.get() == null ? "" : query.get().strip(), sort.get());
    }

    private static Page firstPage(Catalogue from, ListRequest asked) throws Exception {
        Listing made = from.listing(asked.shelf(), asked.query(), asked.order());
        List<ArticleRow> page = made.next(FIRST_PAGE);
        return new Page(made, page, made.total(), made.complete());
    }

    private void importSamples() {
        notice.set(Notice.of("import.samples"));
        runImport(progress -> catalogue.importSamples(progress), false);
    }

    /**
     * Reloads the list for the current shelf, query and sort. Only the first page is read before the
     * list shows; {@link #fetchMore} reads the rest as the reader scrolls. The sidebar's counts do not
     * depend on shelf or query: they are refreshed only when articles come or go.
     */
    public void refresh() {
        if (catalogue == null) return;
        searchDelay.stop();
        int generation = ++listGeneration;
        listing = null;
        fetching = true;
        ListRequest asked = currentRequest();
        Catalogue from = catalogue;
        worker.submit(() -> firstPage(from, asked), first -> showFirstPage(generation, first));
    }

    private void showFirstPage(int generation, Page first) {
        if (generation != listGeneration) return;
        listing = first.listing();
        fetching = false;
        count(first, first.rows().size());
        rows.setAll(first.rows());
        reopenLast(first.rows());
        if (facetsDue) {
            facetsDue = false;
            PauseTransition paint = new PauseTransition(FIRST_PAINT);
            paint.setOnFinished(e -> refreshFacets());
            paint.play();
        }
    }

    /** Reads the next page of the list, unless one is on its way or all are loaded. */
    public void fetchMore() {
        if (listing == null || fetching || (totalKnown.get() && rows.size() >= total.get())) return;
        fetching = true;
        int generation = listGeneration;
        Listing from = listing;
        worker.submit(() -> {
            List<ArticleRow> page = from.next(PAGE);
            return new Page(from, page, from.total(), from.complete());
        }, page -> {
            if (generation != listGeneration) return;
            fetching = false;
            count(page, rows.size() + page.rows().size());
            rows.addAll(page.rows());
        });
    }

    /** A page of rows with the count its listing knew after reading it (both read on the library thread). */
    private record Page(Listing listing, List<ArticleRow> rows, int total, boolean complete) {
    }

    /** Set before the rows change, so views see the count with them; an empty page means the end. */
    private void count(Page page, int loaded) {
        boolean ended = page.rows().isEmpty();
        total.set(ended ? loaded : Math.max(page.total(), loaded));
        totalKnown.set(ended || page.complete());
    }

    /** The article open when the app last closed, in the list if it is on the first page, else on its own. */
    private void reopenLast(List<ArticleRow> firstRows) {
        if (reopen == null) return;
        String id = reopen;
        reopen = null;
        Optional<ArticleRow> listed = firstRows.stream().filter(r -> r.id().equals(id)).findFirst();
        if (listed.isPresent()) open(listed.get());
        else worker.submit(() -> catalogue.row(id).orElse(null), this::open);
    }

    /**
     * Changes marks on rows and tells the listing how many of the loaded ones the change moved off
     * the shelf (read on Unread, unstarred on Starred), so its next page starts at the right row.
     */
    private Runnable changeMarks(List<ArticleRow> loaded, Runnable change) {
        Shelf on = shelf.get();
        long before = loaded.stream().filter(on::admits).count();
        change.run();
        int left = (int) (before - loaded.stream().filter(on::admits).count());
        Listing current = listing;
        return () -> {
            if (current != null && left != 0) current.left(left);
        };
    }

    private void refreshFacets() {
        int generation = ++facetGeneration;
        Callable<Catalogue> connect = opener;
        sidebarWorker.submit(() -> {
            if (sidebarCatalogue == null) sidebarCatalogue = connect.call();
            Map<FacetKind, List<Facet>> all = new EnumMap<>(FacetKind.class);
            for (FacetKind kind : FacetKind.values()) all.put(kind, sidebarCatalogue.facets(kind));
            return all;
        }, all -> {
            if (generation == facetGeneration) all.forEach((kind, list) -> facets.get(kind).setAll(list));
        });
    }

    /** Shows the article in the reader, loads its related articles and marks it read. */
    public void open(ArticleRow row) {
        if (row == null) return;
        articleRow.set(row);
        List<ArticleRow> loaded = rows.contains(row) ? List.of(row) : List.of();
        open(row.id(), changeMarks(loaded, () -> row.readProperty().set(true)));
    }

    private void open(String id, Runnable afterRead) {
        if (catalogue == null) return;
        int generation = ++articleGeneration;
        worker.submit(() -> {
            Optional<Article> found = catalogue.article(id);
            if (found.isEmpty()) return null;
            catalogue.setRead(id, true);
            afterRead.run();
            return new Opening(found.get(), catalogue.related(id, 8));
        }, opening -> {
            if (generation != articleGeneration || opening == null) return;
            article.set(opening.article());
            related.setAll(opening.related());
        });
    }

    private record Opening(Article article, List<ArticleRow> related) {
    }

    /** Filters the list to one name, as clicking it in the sidebar or the reader does. */
    public void showName(FacetKind kind, String name) {
        query.set(kind.query(name));
        refresh();
    }

    public void toggleStar(List<ArticleRow> selected) {
        if (selected.isEmpty()) return;
        boolean star = !selected.get(0).isStarred();
        Runnable shift = changeMarks(selected, () -> {
            for (ArticleRow row : selected) row.starredProperty().set(star);
        });
        List<String> ids = selected.stream().map(ArticleRow::id).toList();
        worker.submit(() -> {
            for (String id : ids) catalogue.setStarred(id, star);
            shift.run();
            return star;
        }, done -> notice.set(Notice.of(done ? "status.starred" : "status.unstarred")));
    }

    public void toggleRead(List<ArticleRow> selected) {
        if (selected.isEmpty()) return;
        boolean read = !selected.get(0).isRead();
        Runnable shift = changeMarks(selected, () -> {
            for (ArticleRow row : selected) row.readProperty().set(read);
        });
        List<String> ids = selected.stream().map(ArticleRow::id).toList();
        worker.submit(() -> {
            for (String id : ids) catalogue.setRead(id, read);
            shift.run();
            return read;
        }, done -> notice.set(Notice.of(done ? "status.markedRead" : "status.markedUnread")));
    }

    /** Deletes at once and offers undo: the deleted articles and their marks are kept until then. */
    public void delete(List<ArticleRow> selected) {
        if (selected.isEmpty()) return;
        List<ArticleRow> gone = List.copyOf(selected);
        Shelf on = shelf.get();
        int leaving = (int) gone.stream().filter(on::admits).count();
        Listing current = listing;
        worker.submit(() -> {
            List<Deleted> deleted = new ArrayList<>();
            for (ArticleRow row : gone) {
                Optional<Article> a = catalogue.article(row.id());
                catalogue.delete(row.id());
                a.ifPresent(value -> deleted.add(new Deleted(value, row.isRead(), row.isStarred())));
            }
            if (current != null) current.left(leaving);
            return deleted;
        }, deleted -> {
            // A set (rows compare by identity): removeAll asks contains() of every loaded row, and 100,000 can be loaded.
            int before = rows.size();
            rows.removeAll(new java.util.HashSet<>(gone));
            if (current == listing) total.set(Math.max(rows.size(), total.get() - (before - rows.size())));
            if (articleRow.get() != null && gone.contains(articleRow.get())) clearReader();
            refreshFacets();
            notice.set(new Notice("delete.done", () -> restore(deleted), deleted.size()));
        });
    }

    private record Deleted(Article article, boolean read, boolean starred) {
    }

    private void restore(List<Deleted> deleted) {
        worker.submit(() -> {
            for (Deleted d : deleted) {
                catalogue.save(d.article());
                catalogue.setRead(d.article().id(), d.read());
                catalogue.setStarred(d.article().id(), d.starred());
            }
            return deleted.size();
        }, n -> {
            notice.set(Notice.of("delete.restored"));
            refresh();
            refreshFacets();
        });
    }

    private void clearReader() {
        articleGeneration++;
        articleRow.set(null);
        article.set(null);
        related.clear();
    }

    /** Imports files, folders or links; progress and the final report are properties the view shows. */
    public void importInputs(List<String> inputs) {
        if (inputs.isEmpty() || catalogue == null) return;
        ImportBatch batch = new ImportBatch();
        runImport(progress -> batch.run(inputs, catalogue, progress), true);
    }

    /** Imports pasted text by way of a temporary file, so it takes exactly the path files take. */
    public void importText(String text, Path scratch) {
        if (text == null || text.isBlank() || catalogue == null) return;
        ImportBatch batch = new ImportBatch();
        runImport(progress -> {
            Path file = PastedText.write(text, scratch);
            try {
                return batch.run(List.of(file.toString()), catalogue, progress);
            } finally {
                PastedText.remove(file);
            }
        }, true);
    }

    private interface ImportJob {
        ImportBatch.Report run(ImportBatch.Progress progress) throws Exception;
    }

    /** An announced import ends with the report dialog; the first-start samples only with a status line. */
    private void runImport(ImportJob job, boolean announce) {
        importing.set(true);
        importProgress.set(-1);
        importInput.set("");
        ImportTask task = new ImportTask(job);
        importProgress.bind(task.progressProperty());
        importInput.bind(task.messageProperty());
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_FAILED, e -> finishImport());
        worker.run(task, report -> {
            finishImport();
            notice.set(Notice.of("import.summary", report.stored(), report.duplicates(), report.failures().size()));
            if (announce) importReport.set(report);
            refresh();
            refreshFacets();
        });
    }

    private void finishImport() {
        importProgress.unbind();
        importInput.unbind();
        importing.set(false);
    }

    private static final class ImportTask extends javafx.concurrent.Task<ImportBatch.Report> {
        private final ImportJob job;

        ImportTask(ImportJob job) {
            this.job = job;
        }

        @Override
        protected ImportBatch.Report call() throws Exception {
            return job.run((finished, total, input) -> {
                updateProgress(finished, total);
                updateMessage(finished + "/" + total + "\t" + input);
            });
        }
    }

    /** Loads the chosen articles and writes them to a file in the chosen format. */
    public void export(List<ArticleRow> selected, Path target, ArticleExport.Format format) {
        if (selected.isEmpty()) {
            notice.set(Notice.of("export.nothing"));
            return;
        }
        List<String> ids = selected.stream().map(ArticleRow::id).toList();
        worker.submit(() -> {
            List<Article> articles = new ArrayList<>();
            for (String id : ids) catalogue.article(id).ifPresent(articles::add);
            ArticleExport.write(articles, target, format);
            return articles.size();
        }, n -> notice.set(Notice.of("export.done", n, target.getFileName())));
    }

    public void close(Runnable then) {
        sidebarWorker.shutdown(() -> {
            if (sidebarCatalogue != null) sidebarCatalogue.close();
        });
        worker.shutdown(() -> {
            if (catalogue != null) catalogue.close();
            if (then != null) then.run();
        });
    }

    static String oneLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && (cause.getMessage() == null || cause.getMessage().isBlank())) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) return cause.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message);
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ObjectProperty<Shelf> shelfProperty() {
        return shelf;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<SortOrder> sortProperty() {
        return sort;
    }

    /** The rows loaded so far: the first page at once, more as the reader scrolls. */
    public ObservableList<ArticleRow> rows() {
        return rows;
    }

    /** How many articles the list holds in all, loaded or not (while {@link #totalKnownProperty()} is false: found so far). */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** False while a search has looked only for its first hits and more may come as the reader scrolls. */
    public ReadOnlyBooleanProperty totalKnownProperty() {
        return totalKnown.getReadOnlyProperty();
    }

    public ObservableList<Facet> facets(FacetKind kind) {
        return facets.get(kind);
    }

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public ObjectProperty<ArticleRow> articleRowProperty() {
        return articleRow;
    }

    public ObservableList<ArticleRow> related() {
        return related;
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty importProgressProperty() {
        return importProgress;
    }

    public StringProperty importInputProperty() {
        return importInput;
    }

    public ObjectProperty<ImportBatch.Report> importReportProperty() {
        return importReport;
    }

    public LibraryWorker worker() {
        return worker;
    }

    public LibraryWorker sidebarWorker() {
        return sidebarWorker;
    }
}
