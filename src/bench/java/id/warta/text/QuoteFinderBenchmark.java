package id.warta.text;

import id.warta.model.Section;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the CPU time {@link QuoteFinder} takes per article, over the 257 PFSA-ID dev articles
 * (read in place from {@code ../shared}; evaluation only, nothing from them ships). Each article is
 * assembled once; then the finder alone runs over all of them, three warm-up rounds and ten timed
 * rounds, and the thread's CPU time is divided by the articles run.
 *
 * It reads the corpus with the PFSA evaluation test's reader, so it runs on the test class path:
 * <pre>
 * mvn -B -q -o -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) id.warta.text.QuoteFinderBenchmark
 * </pre>
 */
public final class QuoteFinderBenchmark {
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 10;

    public static void main(String[] args) throws Exception {
        PfsaQuoteEvaluationTest.load();
        List<List<Section>> articles = new ArrayList<>();
        for (PfsaQuoteEvaluationTest.Doc d : PfsaQuoteEvaluationTest.docs) {
            articles.add(PfsaQuoteEvaluationTest.parse(d).sections());
        }
        QuoteFinder finder = new QuoteFinder();
        for (int i = 0; i < WARM_UP; i++) run(finder, articles);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long quotes = 0;
        for (int i = 0; i < ROUNDS; i++) quotes = run(finder, articles);
        double millis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        long chars = articles.stream().flatMap(List::stream).flatMap(s -> s.paragraphs().stream())
                .mapToLong(String::length).sum();
        System.out.printf("QuoteFinder: %d articles (%,d chars, %d quotes) x %d rounds: %.3f ms CPU per article%n",
                articles.size(), chars, quotes, ROUNDS, millis / (ROUNDS * articles.size()));
    }

    private static long run(QuoteFinder finder, List<List<Section>> articles) {
        long quotes = 0;
        for (List<Section> sections : articles) quotes += finder.find(sections).size();
        return quotes;
    }
}
