package id.warta.bench;

import java.util.Arrays;
import java.util.List;

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

    /** The nearest-rank percentile {@code p} (0–100) of {@code values}. */
    public static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
