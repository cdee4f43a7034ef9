package id.warta.app;

import id.warta.model.Article;
import id.warta.store.Library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How long the app takes to fill its article list from a large library: the catalogue query the
 * list runs on start (all rows, newest first, with summary lines and marks) and the date sort.
 * Prints figures; asserts nothing (speed is measured here, never in unit tests).
 *
 * <p>Usage: {@code ListBench [ARTICLES] [DB]} (default 100000, a temporary file). It builds the library
 * from the UI tests' fixtures ({@code UiLibrary}), so it runs on the test class path:
 * <pre>
 * mvn -B -q -o -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) id.warta.app.ListBench 100000
 * </pre>
 */
public final class ListBench {
    private ListBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path db = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("warta-bench").resolve("bench.db");
        if (!Files.exists(db)) build(db, n);
        try (Library library = Library.open(db)) {
            long t0 = System.nanoTime();
            int n0 = id.warta.store.LibraryBrowsing.all(library).size();
            System.out.printf("store query alone: %d rows in %d ms%n", n0, (System.nanoTime() - t0) / 1_000_000);
        }
        try (StoreCatalogue catalogue = StoreCatalogue.open(db)) {
            for (int round = 1; round <= 3; round++) {
                long t0 = System.nanoTime();
                List<ArticleRow> rows = catalogue.listing(Shelf.ALL, "", SortOrder.DATE).next(Integer.MAX_VALUE);
                long t1 = System.nanoTime();
                List<ArticleRow> sorted = new ArrayList<>(rows);
                sorted.sort(java.util.Comparator.comparingLong(ArticleRow::publishedEpoch).reversed());
                long t2 = System.nanoTime();
                List<Facet> people = catalogue.facets(FacetKind.PERSON);
                long t3 = System.nanoTime();
                System.out.printf("round %d: %d rows loaded in %d ms, date sort (as for search results) %d ms; %d people counted in %d ms%n",
                        round, rows.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, people.size(),
                        (t3 - t2) / 1_000_000);
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use after loading: %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }

    /** N variations of the UI fixtures: distinct headlines and bodies, dates spread over five years. */
    private static void build(Path db, int n) {
        long t0 = System.nanoTime();
        try (Library library = Library.open(db)) {
            List<Article> all = UiLibrary.variations(n);
            for (int from = 0; from < n; from += 1000) library.saveAll(all.subList(from, Math.min(n, from + 1000)));
        }
        System.out.printf("built %d articles in %d s%n", n, (System.nanoTime() - t0) / 1_000_000_000);
    }
}
