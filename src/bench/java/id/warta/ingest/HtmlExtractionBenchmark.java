package id.warta.ingest;

import net.dankito.readability4j.Readability4J;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Speed of Warta's HTML reader against Readability4J on the saved pages, for the record (speed is
 * measured here, not asserted in tests). Both start from the decoded page text and include Jsoup's
 * parse. Readability4J is a test dependency and the pages are read with the acceptance test's reader,
 * so it runs on the test class path:
 * <pre>
 * mvn -B -q -o -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) id.warta.ingest.HtmlExtractionBenchmark [pagesDir] [passes]
 * </pre>
 */
public final class HtmlExtractionBenchmark {
    private HtmlExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/news-pages");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<NewsPagesAcceptanceTest.Page> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(new NewsPagesAcceptanceTest.Page(dir.relativize(p).toString(),
                        PageCharset.decode(Files.readAllBytes(p), null), null));
            }
        }
        HtmlReader reader = new HtmlReader();
        Map<String, Double> warta = new HashMap<>();
        Map<String, Double> readability = new HashMap<>();
        NewsPagesAcceptanceTest.time(pages, p -> reader.read(p.html(), p.file(), null), warta,
                p -> new Readability4J("file:///" + p.file(), p.html()).parse(), readability, passes);
        double w = 0;
        double r = 0;
        for (NewsPagesAcceptanceTest.Page p : pages) {
            System.out.printf("%-40s Warta %7.2f ms   Readability4J %7.2f ms%n", p.file(), warta.get(p.file()),
                    readability.get(p.file()));
            w += warta.get(p.file());
            r += readability.get(p.file());
        }
        System.out.printf("total over %d pages (best of %d interleaved passes): Warta %.1f ms, Readability4J %.1f ms,"
                + " Warta %.1fx faster%n", pages.size(), passes, w, r, r / w);
    }
}
