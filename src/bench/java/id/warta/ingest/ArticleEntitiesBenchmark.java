package id.warta.ingest;

import id.warta.ingest.layout.ArticleLayout;

import id.warta.model.Article;
import id.warta.text.ArticleEntities;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the CPU time {@link ArticleEntities#annotate} takes per article, the share of ingest it costs.
 * Articles are the seed plus the saved news pages of {@code ../shared/corpus/news-pages} when present,
 * assembled once (not timed), then annotated 2,000 times per round: one warm-up round, then five timed
 * rounds, of which it prints the best and the median (thread CPU time).
 *
 * <pre>mvn -B -q -o -DskipTests package &amp;&amp; java -cp target/warta-bench.jar id.warta.ingest.ArticleEntitiesBenchmark</pre>
 */
public final class ArticleEntitiesBenchmark {
    private static final int ANNOTATIONS = 2_000;
    private static final int ROUNDS = 5;

    private ArticleEntitiesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Article> articles = articles();
        ArticleEntities entities = new ArticleEntities();
        long mentions = run(entities, articles);
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        // Five timed rounds, best and median: on a shared machine a single round varies by a third.
        double[] perArticle = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long cpu = bean.getCurrentThreadCpuTime();
            mentions = run(entities, articles);
            perArticle[r] = (bean.getCurrentThreadCpuTime() - cpu) / 1e6 / ANNOTATIONS;
        }
        java.util.Arrays.sort(perArticle);
        long chars = articles.stream().mapToLong(a -> a.sections().stream()
                .flatMap(s -> s.paragraphs().stream()).mapToLong(String::length).sum()).sum();
        System.out.printf("annotated %,d articles x %d rounds (%d distinct, %,d body chars on average, %,d mentions per round): "
                        + "%.3f ms CPU per article best, %.3f median%n", ANNOTATIONS, ROUNDS, articles.size(),
                chars / articles.size(), mentions, perArticle[0], perArticle[ROUNDS / 2]);
    }

    private static long run(ArticleEntities entities, List<Article> articles) {
        long mentions = 0;
        for (int i = 0; i < ANNOTATIONS; i++) mentions += entities.annotate(articles.get(i % articles.size())).mentions().size();
        return mentions;
    }

    private static List<Article> articles() throws Exception {
        InputReader reader = new InputReader();
        ArticleLayout layout = new ArticleLayout();
        List<Path> inputs = new ArrayList<>(List.of(Path.of("data/000_541abc782ac656e9.txt")));
        Path pages = Path.of("").toAbsolutePath().getParent().resolve("shared/corpus/news-pages");
        if (Files.isDirectory(pages)) {
            try (Stream<Path> files = Files.walk(pages)) {
                files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(inputs::add);
            }
        }
        List<Article> out = new ArrayList<>();
        for (Path p : inputs) out.add(layout.layOut(reader.read(p.toString())));
        return out;
    }
}
