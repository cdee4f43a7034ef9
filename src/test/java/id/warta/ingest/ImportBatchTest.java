package id.warta.ingest;

import id.warta.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parallel parsing must not change what an import stores, in what order, or how it reports failures. */
class ImportBatchTest {
    @TempDir
    Path folder;

    private List<String> inputs(int count) throws Exception {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(String.format("a%03d.txt", i));
            if (i % 7 == 3) Files.writeString(file, "");
            else Files.writeString(file, "Berita Nomor " + i + " dari Jakarta\n\nJakarta (ANTARA) - Menteri Luar Negeri Sugiono "
                    + "bertemu delegasi ASEAN untuk membahas kerja sama nomor " + i + ", Senin.\n\nPertemuan berlangsung tertutup.\n");
            out.add(file.toString());
        }
        return out;
    }

    /** Remembers what it was given and on which thread, as a batch sink or one by one. */
    private static final class Recorder implements BatchSink {
        final List<String> headlines = new ArrayList<>();
        final List<Integer> batches = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        boolean failBatches;

        @Override
        public Outcome save(Article article) {
            threads.add(Thread.currentThread());
            if (article.headline().contains("Nomor 5 ")) throw new IllegalStateException("disk full\nsecond line");
            if (headlines.contains(article.headline())) return Outcome.DUPLICATE;
            headlines.add(article.headline());
            return Outcome.STORED;
        }

        @Override
        public int saveAll(List<Article> batch) {
            threads.add(Thread.currentThread());
            if (failBatches) throw new IllegalStateException("batch refused");
            batches.add(batch.size());
            batch.forEach(a -> headlines.add(a.headline()));
            return batch.size();
        }
    }

    @Test
    void storesInInputOrderInBatchesOnTheCallingThreadAndReportsEveryInput() throws Exception {
        List<String> inputs = inputs(450);
        Recorder sink = new Recorder();
        List<Integer> progress = new ArrayList<>();
        List<Thread> progressThreads = new ArrayList<>();
        ImportBatch.Report report = new ImportBatch(2).run(inputs, sink, (done, total, input) -> {
            progress.add(done);
            progressThreads.add(Thread.currentThread());
        });
        int empty = (int) inputs.stream().filter(i -> i.matches(".*a\\d\\d\\d\\.txt") && Integer.parseInt(
                i.replaceAll(".*a(\\d+)\\.txt", "$1")) % 7 == 3).count();
        assertEquals(450 - empty, report.stored());
        assertEquals(empty, report.failures().size());
        assertTrue(report.failures().get(0).line().endsWith("the file is empty"), report.failures().get(0).line());
        // Batches are cut at 200 articles, or after a second (so a busy machine may cut them smaller).
        assertTrue(sink.batches.stream().allMatch(n -> n <= ImportBatch.BATCH), "batches of " + sink.batches);
        assertTrue(sink.batches.size() < report.stored() / 2, "batches of " + sink.batches);
        assertEquals(report.stored(), sink.batches.stream().mapToInt(Integer::intValue).sum());
        assertEquals("Berita Nomor 0 dari Jakarta", sink.headlines.get(0));
        assertEquals("Berita Nomor 449 dari Jakarta", sink.headlines.get(sink.headlines.size() - 1));
        for (int i = 1; i <= 450; i++) assertEquals(i, progress.get(i - 1));
        assertTrue(sink.threads.stream().allMatch(t -> t == Thread.currentThread()));
        assertTrue(progressThreads.stream().allMatch(t -> t == Thread.currentThread()));
    }

    @Test
    void aFailedBatchIsSavedOneByOneSoOnlyTheBadArticleFails() throws Exception {
        List<String> inputs = inputs(12);
        Recorder sink = new Recorder();
        sink.failBatches = true;
        ImportBatch.Report report = new ImportBatch(2).run(inputs, sink, null);
        assertEquals(12 - 2 - 1, report.stored());
        assertTrue(report.failures().stream().anyMatch(f -> f.line().equals(inputs.get(5) + ": disk full")),
                report.failures().toString());
    }

    @Test
    void oneThreadAndManyThreadsStoreTheSame() throws Exception {
        List<String> inputs = inputs(40);
        Recorder one = new Recorder();
        Recorder two = new Recorder();
        ImportBatch.Report a = new ImportBatch(1).run(inputs, one, null);
        ImportBatch.Report b = new ImportBatch(2).run(inputs, two, null);
        assertEquals(a.summary(), b.summary());
        assertEquals(one.headlines, two.headlines);
    }
}
