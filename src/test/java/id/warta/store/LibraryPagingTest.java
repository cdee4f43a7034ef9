package id.warta.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A page of the list is the same slice of the same order as the whole list. */
class LibraryPagingTest {
    @TempDir
    Path folder;

    @Test
    void pagesAreSlicesOfTheWholeList() {
        try (Library library = Library.open(folder.resolve("w.db"))) {
            GeneratedNews news = new GeneratedNews(3);
            List<id.warta.model.Article> batch = new ArrayList<>();
            for (int i = 0; i < 25; i++) batch.add(news.next(i));
            library.saveAll(batch);
            List<ArticleEntry> all = library.list();
            assertEquals(25, all.size());
            assertEquals(all.subList(0, 10), library.list(0, 10));
            assertEquals(all.subList(20, 25), library.list(20, 10));
            assertEquals(List.of(), library.list(30, 10));
            assertThrows(IllegalArgumentException.class, () -> library.list(-1, 10));
        }
    }
}
