package id.warta.app;

import id.warta.model.Article;
import id.warta.store.Library;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list's pages, read one after another, are the whole list: nothing skipped, nothing twice, in order. */
class ListingTest {
    /** A third name Wina: more hits than the first search asks for, so the list widens it as it is read. */
    private static final int ARTICLES = 660;
    private static Path folder;
    private static StoreCatalogue catalogue;
    private static List<Article> stored;

    @BeforeAll
    static void build() throws Exception {
        folder = Files.createTempDirectory("warta-listing");
        stored = UiLibrary.variations(ARTICLES);
        try (Library library = Library.open(folder.resolve("library.db"))) {
            library.saveAll(stored);
        }
        catalogue = StoreCatalogue.open(folder.resolve("library.db"));
    }

    @AfterAll
    static void close() {
        catalogue.close();
    }

    private static List<ArticleRow> readAll(Listing listing, int page) throws Exception {
        List<ArticleRow> out = new ArrayList<>();
        for (List<ArticleRow> rows = listing.next(page); !rows.isEmpty(); rows = listing.next(page)) out.addAll(rows);
        return out;
    }

    private static List<String> ids(List<ArticleRow> rows) {
        return rows.stream().map(ArticleRow::id).toList();
    }

    @Test
    void pagesOfTheWholeLibraryAreItNewestFirst() throws Exception {
        Listing listing = catalogue.listing(Shelf.ALL, "", SortOrder.DATE);
        assertEquals(ARTICLES, listing.total());
        List<ArticleRow> first = listing.next(100);
        assertEquals(100, first.size());
        List<ArticleRow> all = new ArrayList<>(first);
        all.addAll(readAll(listing, 70));
        // Variation i is published after variation i - 1: newest first is the stored order reversed.
        List<String> expected = new ArrayList<>(stored.stream().map(Article::id).toList());
        java.util.Collections.reverse(expected);
        assertEquals(expected, ids(all));
    }

    @Test
    void rowsReadOnTheUnreadShelfAreNotSkippedByTheNextPage() throws Exception {
        Listing listing = catalogue.listing(Shelf.UNREAD, "", SortOrder.DATE);
        int unread = listing.total();
        List<ArticleRow> all = new ArrayList<>(listing.next(50));
        // The reader opens three of the loaded rows: they leave the Unread shelf in the library.
        for (ArticleRow row : all.subList(10, 13)) catalogue.setRead(row.id(), true);
        listing.left(3);
        all.addAll(readAll(listing, 50));
        for (ArticleRow row : all.subList(10, 13)) catalogue.setRead(row.id(), false);
        assertEquals(unread, all.size());
        assertEquals(unread, new HashSet<>(ids(all)).size());
    }

    @Test
    void searchResultsPageInRankOrDateOrder() throws Exception {
        String query = "Wina";
        List<String> ranked = ids(readAll(catalogue.listing(Shelf.ALL, query, SortOrder.RELEVANCE), 40));
        assertTrue(ranked.size() > StoreCatalogue.FIRST_SEARCH, "a third of the variations name Wina: " + ranked.size());
        assertEquals(ranked.size(), new HashSet<>(ranked).size(), "no hit twice after widening");
        List<ArticleRow> byDate = readAll(catalogue.listing(Shelf.ALL, query, SortOrder.DATE), 40);
        assertEquals(new HashSet<>(ranked), new HashSet<>(ids(byDate)));
        List<ArticleRow> sorted = new ArrayList<>(byDate);
        sorted.sort(Comparator.comparingLong(ArticleRow::publishedEpoch).reversed());
        assertEquals(ids(sorted), ids(byDate));
    }

    @Test
    void starredShelfListsOnlyStarredArticles() throws Exception {
        List<String> starred = List.of(stored.get(4).id(), stored.get(200).id());
        for (String id : starred) catalogue.setStarred(id, true);
        try {
            Listing listing = catalogue.listing(Shelf.STARRED, "", SortOrder.DATE);
            assertEquals(2, listing.total());
            assertEquals(List.of(starred.get(1), starred.get(0)), ids(readAll(listing, 1)));
            Listing searched = catalogue.listing(Shelf.STARRED, "Wina", SortOrder.DATE);
            assertEquals(List.of(starred.get(1)), ids(readAll(searched, 10)), "variation 200 is a Wina one, 4 is not");
        } finally {
            for (String id : starred) catalogue.setStarred(id, false);
        }
    }
}
