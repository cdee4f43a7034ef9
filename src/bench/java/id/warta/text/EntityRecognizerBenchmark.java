package id.warta.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the time to recognise 10,000 sentences (target: well under a second per thousand).
 * Sentences come from idner-news-2k when {@code ../shared} is beside the checkout, else from the seed
 * article's paragraphs; either way they are cycled to 10,000. One warm-up round runs first.
 *
 * It reads the corpus with the idner evaluation test's reader, so it runs on the test class path:
 * <pre>
 * mvn -B -q -o -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) id.warta.text.EntityRecognizerBenchmark
 * </pre>
 */
public final class EntityRecognizerBenchmark {
    private static final int SENTENCES = 10_000;

    public static void main(String[] args) throws Exception {
        List<String> pool = sentences();
        List<String> batch = new ArrayList<>(SENTENCES);
        for (int i = 0; i < SENTENCES; i++) batch.add(pool.get(i % pool.size()));
        EntityRecognizer recognizer = new EntityRecognizer();
        long names = run(recognizer, batch);
        long start = System.nanoTime();
        names = run(recognizer, batch);
        double seconds = (System.nanoTime() - start) / 1e9;
        long chars = batch.stream().mapToLong(String::length).sum();
        System.out.printf("recognised %,d sentences (%,d chars, %,d names) in %.3f s: %.1f ms per 1,000 sentences%n",
                SENTENCES, chars, names, seconds, seconds * 1000 / (SENTENCES / 1000.0));
    }

    private static long run(EntityRecognizer recognizer, List<String> batch) {
        long names = 0;
        for (String s : batch) names += recognizer.recognize(s).size();
        return names;
    }

    private static List<String> sentences() throws Exception {
        Path corpus = Path.of("").toAbsolutePath().getParent().resolve("shared/corpus/idner-news-2k/train.txt");
        if (Files.exists(corpus)) {
            List<String> out = new ArrayList<>();
            for (IdnerCorpus.Sentence s : IdnerCorpus.read(corpus)) out.add(s.text());
            return out;
        }
        List<String> out = new ArrayList<>();
        for (String p : Files.readString(Path.of("data/000_541abc782ac656e9.txt"), StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
            if (!p.isBlank()) out.add(p.strip());
        }
        return out;
    }
}
