package id.warta.app;

import id.warta.ingest.ImportBatch;
import id.warta.model.Article;
import id.warta.store.Library;
import id.warta.store.LibraryBrowsing;
import id.warta.store.RelatedArticle;
import id.warta.store.SampleLibrary;
import id.warta.store.SearchHit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The app's view of a {@link Library} file. */
public final class StoreCatalogue implements Catalogue {
    /** More hits than anyone reads; reached only when the reader scrolls past the first search. */
    static final int SEARCH_LIMIT = 5_000;
    /**
     * Hits asked for before the first page shows. The store ranks the newest max(200, limit) matches, so
     * 200 costs what 100 does (~0.1 s at 100,000 articles), where 5,000 takes 1.5–2 s even warm.
     */
    static final int FIRST_SEARCH = 200;

    private final Library library;

    private StoreCatalogue(Library library) {
        this.library = library;
    }

    public static StoreCatalogue open(Path file) {
        return new StoreCatalogue(Library.open(file));
    }

    @Override
    public Outcome save(Article article) {
        return library.save(article);
    }

    @Override
    public Listing listing(Shelf shelf, String query, SortOrder order) {
        if (query == null || query.isBlank()) return new ShelfListing(marks(shelf));
        return new HitListing(shelf, query, order);
    }

    /** Search result ids in the list's order, on the shelf. */
    private List<String> ordered(List<SearchHit> found, Shelf shelf, SortOrder order) {
        List<SearchHit> hits = new ArrayList<>(found);
        if (order == SortOrder.DATE) {
            hits.sort(Comparator.comparingLong((SearchHit h) -> ArticleRow.epochOf(h.published())).reversed());
        }
        List<String> ids = hits.stream().map(SearchHit::id).toList();
        if (shelf == Shelf.ALL) return ids;
        // Marks are not in the hits; a search gives at most SEARCH_LIMIT, so reading their rows once is cheap.
        return LibraryBrowsing.byIds(library, ids).stream().map(StoreCatalogue::row).filter(shelf::admits)
                .map(ArticleRow::id).toList();
    }

    private static LibraryBrowsing.Marks marks(Shelf shelf) {
        return switch (shelf) {
            case ALL -> LibraryBrowsing.Marks.ANY;
            case UNREAD -> LibraryBrowsing.Marks.UNREAD;
            case STARRED -> LibraryBrowsing.Marks.STARRED;
        };
    }

    /** A shelf without a query: each page is asked of the library by position, newest first. */
    private final class ShelfListing implements Listing {
        private final LibraryBrowsing.Marks marks;
        private final int total;
        private int fetched;

        ShelfListing(LibraryBrowsing.Marks marks) {
            this.marks = marks;
            this.total = LibraryBrowsing.count(library, marks);
        }

        @Override
        public int total() {
            return total;
        }

        @Override
        public boolean complete() {
            return true;
        }

        @Override
        public List<ArticleRow> next(int limit) {
            List<ArticleRow> page = LibraryBrowsing.page(library, marks, fetched, limit).stream()
                    .map(StoreCatalogue::row).toList();
            fetched += page.size();
            return page;
        }

        @Override
        public void left(int n) {
            fetched = Math.max(0, fetched - n);
        }
    }

    /**
     * Search results: the first page comes from a small search; scrolling past it runs the full one, whose
     * hits not yet shown follow. Each search ranks the newest matches (a window as wide as the hits asked
     * for), so the wider one may rank a little differently: shown rows stay, none comes twice.
     */
    private final class HitListing implements Listing {
        private final Shelf shelf;
        private final String query;
        private final SortOrder order;
        private List<String> ids;
        private boolean complete;
        private int fetched;

        HitListing(Shelf shelf, String query, SortOrder order) {
            this.shelf = shelf;
            this.query = query;
            this.order = order;
            // On the Unread or Starred shelf few of the first hits may pass: search in full at once.
            List<SearchHit> first = library.search(query, shelf == Shelf.ALL ? FIRST_SEARCH : SEARCH_LIMIT);
            complete = shelf != Shelf.ALL || first.size() < FIRST_SEARCH;
            ids = ordered(first, shelf, order);
        }

        private void widen() {
            List<String> shown = ids.subList(0, Math.min(fetched, ids.size()));
            java.util.Set<String> seen = new java.util.HashSet<>(shown);
            List<String> wider = new ArrayList<>(shown);
            for (String id : ordered(library.search(query, SEARCH_LIMIT), shelf, order)) {
                if (!seen.contains(id)) wider.add(id);
            }
            ids = wider;
            complete = true;
        }

        @Override
        public int total() {
            return ids.size();
        }

        @Override
        public boolean complete() {
            return complete;
        }

        @Override
        public List<ArticleRow> next(int limit) {
            if (!complete && fetched + limit > ids.size()) widen();
            int from = Math.min(fetched, ids.size());
            List<String> slice = ids.subList(from, from + Math.min(limit, ids.size() - from));
            fetched += slice.size();
            return LibraryBrowsing.byIds(library, slice).stream().map(StoreCatalogue::row).toList();
        }

        @Override
        public void left(int n) {
            // The ids stay where they were; a deleted one is skipped when its page is read.
        }
    }

    @Override
    public Optional<ArticleRow> row(String id) {
        return LibraryBrowsing.byIds(library, List.of(id)).stream().map(StoreCatalogue::row).findFirst();
    }

    private static ArticleRow row(LibraryBrowsing.Listed l) {
        return new ArticleRow(l.id(), l.headline(), l.source(), l.dateline(), l.published(),
                ArticleRow.firstLine(l.summary()), l.read(), l.starred());
    }

    @Override
    public Optional<Article> article(String id) {
        return library.find(id);
    }

    @Override
    public void setRead(String id, boolean read) {
        library.setRead(id, read);
    }

    @Override
    public void setStarred(String id, boolean starred) {
        library.setStarred(id, starred);
    }

    @Override
    public void delete(String id) {
        library.delete(id);
    }

    @Override
    public List<Facet> facets(FacetKind kind) {
        if (kind == FacetKind.SOURCE) {
            return LibraryBrowsing.sources(library).stream().map(c -> new Facet(kind, c.name(), c.articles())).toList();
        }
        return library.names("", kind.entityType(), Integer.MAX_VALUE).stream()
                .map(c -> new Facet(kind, c.name(), c.articles())).toList();
    }

    @Override
    public List<ArticleRow> related(String id, int limit) {
        List<String> ids = library.related(id, limit).stream().map(RelatedArticle::id).toList();
        return LibraryBrowsing.byIds(library, ids).stream().map(StoreCatalogue::row).toList();
    }

    @Override
    public long count() {
        return library.count();
    }

    @Override
    public ImportBatch.Report importSamples(ImportBatch.Progress progress) {
        return SampleLibrary.importIfFirstStart(library).orElse(new ImportBatch.Report(0, 0, List.of()));
    }

    @Override
    public void close() {
        library.close();
    }
}
