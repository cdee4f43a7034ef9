package id.warta.app;

import id.warta.ingest.ImportBatch;
import id.warta.model.Article;
import id.warta.store.Library;
import id.warta.store.LibraryBrowsing;
import id.warta.store.RelatedArticle;
import id.warta.store.SampleLibrary;
import id.warta.store.SearchHit;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The app's view of a {@link Library} file. */
public final class StoreCatalogue implements Catalogue {
    /** More hits than anyone reads; the list stays quick to fill. */
    static final int SEARCH_LIMIT = 5_000;

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
    public List<ArticleRow> rows(Shelf shelf, String query) {
        List<LibraryBrowsing.Listed> listed = query == null || query.isBlank()
                ? LibraryBrowsing.all(library)
                : LibraryBrowsing.byIds(library, library.search(query, SEARCH_LIMIT).stream().map(SearchHit::id).toList());
        return listed.stream().map(StoreCatalogue::row).filter(shelf::admits).toList();
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
