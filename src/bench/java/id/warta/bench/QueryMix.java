package id.warta.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/** The fixed mix of ten searches the latency targets are measured on: words, a phrase, filters and combinations. */
public final class QueryMix {
    public static final List<String> QUERIES = List.of(
            "perdamaian",
            "ekonomi Rusia",
            "\"kerja sama ekonomi\"",
            "person:Putin",
            "place:\"Amerika Serikat\" sanksi",
            "Putin OR Zelenskyy",
            "gencatan senjata -Gaza",
            "quoted:Lavrov after:2025-01-01",
            "(Ukraina OR Rusia) source:antara before:2024-06-01",
            "pemulihan org:ASEAN");

    private QueryMix() {
    }

    /**
     * Each search's wall-clock and thread-CPU milliseconds, per query of the mix and round, and the hits of
     * its last run. SQLite runs on the calling thread, so its CPU time is a search's cost without the load
     * of other work on the machine.
     */
    public record Timings(double[][] wall, double[][] cpu, int[] hits) {
        public double[] allWall() {
            return flat(wall);
        }

        public double[] allCpu() {
            return flat(cpu);
        }

        private static double[] flat(double[][] perQuery) {
            return Arrays.stream(perQuery).flatMapToDouble(Arrays::stream).toArray();
        }
    }

    /** Runs the mix {@code warmup} rounds unmeasured, then {@code rounds} rounds measured; search returns its hit count. */
    public static Timings time(ToIntFunction<String> search, int warmup, int rounds) {
        for (int r = 0; r < warmup; r++) for (String q : QUERIES) search.applyAsInt(q);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] wall = new double[QUERIES.size()][rounds];
        double[][] cpu = new double[QUERIES.size()][rounds];
        int[] hits = new int[QUERIES.size()];
        for (int r = 0; r < rounds; r++) {
            for (int q = 0; q < QUERIES.size(); q++) {
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                hits[q] = search.applyAsInt(QUERIES.get(q));
                wall[q][r] = (System.nanoTime() - t) / 1e6;
                cpu[q][r] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
        }
        return new Timings(wall, cpu, hits);
    }

    /** The nearest-rank percentile {@code p} (0–100) of {@code values}. */
    public static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
