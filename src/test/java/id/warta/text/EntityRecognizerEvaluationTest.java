package id.warta.text;

import id.warta.SharedData;
import id.warta.model.EntityType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recogniser on idner-news-2k dev (unseen: rules and gazetteers were written from train and from
 * real-world facts only). Exact span match, PER → PERSON, LOC → PLACE, ORG → ORGANIZATION.
 */
class EntityRecognizerEvaluationTest {
    /** Issue 3's targets. */
    private static final Map<EntityType, Double> TARGET = Map.of(
            EntityType.PERSON, 0.85, EntityType.PLACE, 0.80, EntityType.ORGANIZATION, 0.70);
    /**
     * What the rules reach today (dev, 2026-11-26 third round: PERSON 0.876, PLACE 0.823, ORGANIZATION 0.821), less a
     * small margin, so the test fails on any regression; every floor is at or above issue 3's target. See docs/entities.md.
     */
    private static final Map<EntityType, Double> FLOOR = Map.of(
            EntityType.PERSON, 0.86, EntityType.PLACE, 0.81, EntityType.ORGANIZATION, 0.80);

    @Test
    void scoresOnIdnerDev() throws Exception {
        NameScore score = evaluate(SharedData.require("corpus/idner-news-2k/dev.txt"), false);
        System.out.println("idner-news-2k dev.txt (exact span match)\n" + score.report());
        for (EntityType t : EntityType.values()) {
            System.out.printf("%-13s F1 %.3f  issue target %.2f: %s%n", t, score.f1(t), TARGET.get(t),
                    score.f1(t) >= TARGET.get(t) ? "met" : "NOT MET");
        }
        for (EntityType t : EntityType.values()) {
            assertTrue(score.f1(t) >= FLOOR.get(t), t + " F1 " + score.f1(t) + " fell below " + FLOOR.get(t));
        }
    }

    static NameScore evaluate(Path file, boolean printErrors) throws Exception {
        EntityRecognizer recognizer = new EntityRecognizer();
        NameScore score = new NameScore();
        for (IdnerCorpus.Sentence s : IdnerCorpus.read(file)) {
            List<EntitySpan> found = recognizer.recognize(s.text());
            score.add(found, s.gold());
            if (printErrors) printErrors(s, found);
        }
        return score;
    }

    private static void printErrors(IdnerCorpus.Sentence s, List<EntitySpan> found) {
        var gold = s.gold().stream().map(NameScore::key).toList();
        var got = found.stream().map(NameScore::key).toList();
        for (EntitySpan f : found) if (!gold.contains(NameScore.key(f))) System.out.println("FP " + f.type() + " [" + f.text() + "]  | " + s.text());
        for (EntitySpan g : s.gold()) if (!got.contains(NameScore.key(g))) System.out.println("FN " + g.type() + " [" + g.text() + "]  | " + s.text());
    }

    /** {@code java … EntityRecognizerEvaluationTest FILE [--errors]}: score any file in the corpus format. */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("--line")) {
            new EntityRecognizer().recognize(args[1]).forEach(System.out::println);
            return;
        }
        NameScore score = evaluate(Path.of(args[0]), args.length > 1 && args[1].equals("--errors"));
        System.out.println(score.report());
    }
}
