package id.warta.evaluation;

import id.warta.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring rules of ../shared/design/entity-annotation.md, on a small article labelled by hand. */
class ArticleEntityScoreTest {
    private static final ArticleEntityGold.Article GOLD = new ArticleEntityGold.Article("a", null, List.of(
            new ArticleEntityGold.Entity(EntityType.PERSON, "Joko Widodo", List.of("Jokowi")),
            new ArticleEntityGold.Entity(EntityType.PERSON, "Miryam S. Haryani", List.of("Miryam")),
            new ArticleEntityGold.Entity(EntityType.PLACE, "AS", List.of()),
            new ArticleEntityGold.Entity(EntityType.PLACE, "Masjid Al - Ihsan", List.of()),
            new ArticleEntityGold.Entity(EntityType.ORGANIZATION, "Komisi Pemberantasan Korupsi", List.of("KPK"))),
            List.of(new ArticleEntityGold.Neutral("ANTARA News", "outlet named only in the dateline")));

    private static ArticleEntityScore score(List<String> people, List<String> places, List<String> organizations) {
        ArticleEntityScore score = new ArticleEntityScore();
        score.add(GOLD, Map.of(EntityType.PERSON, people, EntityType.PLACE, places,
                EntityType.ORGANIZATION, organizations));
        return score;
    }

    @Test
    void aGazetteerAliasOfAGoldNameIsRight() {
        // The article prints only AS; Warta lists the gazetteer's canonical name.
        ArticleEntityScore s = score(List.of(), List.of("Amerika Serikat"), List.of());
        assertEquals(1, s.counts(EntityType.PLACE).right);
        assertEquals(0, s.counts(EntityType.PLACE).wrong);
    }

    @Test
    void caseAccentsAndTheTokenisersSpacedHyphenDoNotMatter() {
        ArticleEntityScore s = score(List.of("JOKOWI"), List.of("Masjid Al-Ihsan"), List.of("kpk"));
        for (EntityType t : EntityType.values()) assertEquals(0, s.counts(t).wrong, t.name());
        assertEquals(3, s.all().matched);
    }

    @Test
    void aNeutralNameIsNeitherRightNorFalseWhateverItsType() {
        // ANTARA News is neutral; ANTARA is its gazetteer name; listed as a person it is still not counted.
        ArticleEntityScore s = score(List.of("ANTARA"), List.of(), List.of("ANTARA"));
        assertEquals(0, s.all().right + s.all().wrong);
        assertEquals(2, s.all().neutral);
    }

    @Test
    void aNameUnderTheWrongTypeIsFalseAndTheEntityMissed() {
        ArticleEntityScore s = score(List.of(), List.of(), List.of("Miryam"));
        assertEquals(1, s.counts(EntityType.ORGANIZATION).wrong);
        assertEquals(0, s.counts(EntityType.PERSON).matched);
        assertTrue(s.errors().get(0).falseNames().get(0).contains("(gold: PERSON)"), s.errors().toString());
    }

    @Test
    void oneReferentUnderTwoNamesIsADuplicateButBothNamesAreRight() {
        ArticleEntityScore s = score(List.of("Joko Widodo", "Jokowi", "Miryam S"), List.of(), List.of());
        ArticleEntityScore.Counts people = s.counts(EntityType.PERSON);
        assertEquals(2, people.right);
        assertEquals(1, people.wrong);
        assertEquals(1, people.duplicates);
        assertEquals(1, people.matched);
        assertEquals(2.0 / 3, people.precision(), 1e-9);
        assertEquals(0.5, people.recall(), 1e-9);
    }

    @Test
    void theReportMarksTargetsMetOrNotMet() {
        ArticleEntityScore perfect = score(List.of("Joko Widodo", "Miryam S. Haryani"), List.of("AS", "Masjid Al - Ihsan"),
                List.of("Komisi Pemberantasan Korupsi"));
        assertTrue(perfect.report("x").lines().filter(l -> l.contains("NOT MET")).findAny().isEmpty(), perfect.report("x"));
        ArticleEntityScore poor = score(List.of("Jokowi", "Joko Widodo"), List.of(), List.of());
        assertTrue(poor.report("x").contains("PERSON") && poor.report("x").contains("NOT MET"), poor.report("x"));
    }
}
