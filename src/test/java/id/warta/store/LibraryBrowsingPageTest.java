package id.warta.store;

import id.warta.model.Article;
import id.warta.model.ArticleId;
import id.warta.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The app's list pages: in Library.list()'s order (newest first; undated and unreadable dates last),
 * whatever the page size, and filtered and counted by reader marks.
 */
class LibraryBrowsingPageTest {
    private static Article article(int i, String published) {
        Article a = new Article(null, "Berita " + i, "ANTARA", "Jakarta", published, null, null,
                List.of(new Section(null, List.of("Isi berita nomor " + i + "."), "")), List.of(),
                List.of(), List.of(), List.of(), "Ringkasan " + i + ".", List.of());
        return a.withId(ArticleId.of(a.headline(), a.bodyText()));
    }

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        String[] dates = {"2025-03-01T10:00:00+07:00", "2025-03-01T09:00:00+07:00", "2025-03-01T10:00:00+07:00",
                null, "2024-12-31T23:59:00+07:00", "kemarin", "2025-03-02T00:01:00+07:00", null,
                "2023-01-01T08:00:00Z", "2025-03-01T10:00:00+08:00"};
        for (int i = 0; i < 25; i++) out.add(article(i, dates[i % dates.length]));
        return out;
    }

    @Test
    void pagesFollowTheLibraryListOrder(@TempDir Path dir) {
        try (Library library = Library.open(dir.resolve("l.db"))) {
            library.saveAll(articles());
            List<String> expected = library.list().stream().map(ArticleEntry::id).toList();
            assertEquals(expected, LibraryBrowsing.all(library).stream().map(LibraryBrowsing.Listed::id).toList());
            for (int size : new int[]{1, 4, 7, 25}) {
                List<String> paged = new ArrayList<>();
                for (int offset = 0; offset < 30; offset += size) {
                    LibraryBrowsing.page(library, LibraryBrowsing.Marks.ANY, offset, size).forEach(l -> paged.add(l.id()));
                }
                assertEquals(expected, paged, "pages of " + size);
            }
        }
    }

    @Test
    void marksFilterAndCount(@TempDir Path dir) {
        try (Library library = Library.open(dir.resolve("l.db"))) {
            List<Article> all = articles();
            library.saveAll(all);
            library.setRead(all.get(3).id(), true);
            library.setRead(all.get(4).id(), true);
            library.setStarred(all.get(4).id(), true);
            library.setStarred(all.get(20).id(), true);
            assertEquals(25, LibraryBrowsing.count(library, LibraryBrowsing.Marks.ANY));
            assertEquals(23, LibraryBrowsing.count(library, LibraryBrowsing.Marks.UNREAD));
            assertEquals(2, LibraryBrowsing.count(library, LibraryBrowsing.Marks.STARRED));
            List<String> unread = LibraryBrowsing.page(library, LibraryBrowsing.Marks.UNREAD, 0, 100).stream()
                    .map(LibraryBrowsing.Listed::id).toList();
            List<String> expected = library.list().stream().filter(e -> !e.read()).map(ArticleEntry::id).toList();
            assertEquals(expected, unread);
            List<String> starred = LibraryBrowsing.page(library, LibraryBrowsing.Marks.STARRED, 0, 100).stream()
                    .map(LibraryBrowsing.Listed::id).toList();
            assertEquals(library.list().stream().filter(ArticleEntry::starred).map(ArticleEntry::id).toList(), starred);
        }
    }
}
