package id.warta.text;

import id.warta.model.EntityType;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Precision, recall and F1 per entity type over exact spans (same start, end and type). */
final class NameScore {
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

    NameScore() {
        for (EntityType t : EntityType.values()) counts.put(t, new int[3]);
    }

    /** Adds one sentence: found and gold spans. */
    void add(List<EntitySpan> found, List<EntitySpan> gold) {
        Set<List<Object>> goldKeys = new HashSet<>();
        for (EntitySpan g : gold) {
            goldKeys.add(key(g));
            counts.get(g.type())[2]++;
        }
        for (EntitySpan f : found) {
            counts.get(f.type())[1]++;
            if (goldKeys.contains(key(f))) counts.get(f.type())[0]++;
        }
    }

    static List<Object> key(EntitySpan s) {
        return List.of(s.start(), s.end(), s.type());
    }

    double precision(EntityType t) {
        int[] c = counts.get(t);
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    double recall(EntityType t) {
        int[] c = counts.get(t);
        return c[2] == 0 ? 0 : (double) c[0] / c[2];
    }

    double f1(EntityType t) {
        double p = precision(t), r = recall(t);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double overallF1() {
        int tp = 0, found = 0, gold = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            found += c[1];
            gold += c[2];
        }
        double p = found == 0 ? 0 : (double) tp / found, r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String report() {
        StringBuilder b = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            int[] c = counts.get(t);
            b.append(String.format("%-13s P %.3f  R %.3f  F1 %.3f  (gold %d, found %d, correct %d)%n",
                    t, precision(t), recall(t), f1(t), c[2], c[1], c[0]));
        }
        b.append(String.format("%-13s F1 %.3f%n", "overall", overallF1()));
        return b.toString();
    }
}
