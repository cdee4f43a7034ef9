package id.warta.app;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameCompletionTest {
    private static final List<Facet> NAMES = List.of(
            new Facet(FacetKind.PERSON, "Vladimir Putin", 9),
            new Facet(FacetKind.PLACE, "Amerika Serikat", 7),
            new Facet(FacetKind.PERSON, "Sergéy Lavrov", 3),
            new Facet(FacetKind.PLACE, "Putrajaya", 1));

    private static List<String> queries(String typed) {
        return NameCompletion.suggest(typed, NAMES, 8).stream().map(NameCompletion.Suggestion::query).toList();
    }

    @Test
    void anyWordOfANameMatchesItsStart() {
        assertEquals(List.of("person:\"Vladimir Putin\" ", "place:\"Putrajaya\" "), queries("Put"));
    }

    @Test
    void aFilterPrefixLimitsTheKind() {
        assertEquals(List.of("person:\"Vladimir Putin\" "), queries("person:pu"));
        assertEquals(List.of("place:\"Amerika Serikat\" "), queries("place:ser"));
    }

    @Test
    void onlyTheLastWordIsCompletedAndTheRestKept() {
        assertEquals(List.of("after:2025-01-01 person:\"Sergey Lavrov\" ".replace("Sergey", "Sergéy")),
                queries("after:2025-01-01 serg"));
    }

    @Test
    void diacriticsAndCaseAreIgnored() {
        assertTrue(NameCompletion.matches("Sergéy Lavrov", "sergey"));
    }

    @Test
    void tooShortOrUnknownGivesNothing() {
        assertEquals(List.of(), queries("P"));
        assertEquals(List.of(), queries("nobody:pu"));
        assertEquals(List.of(), queries(""));
    }
}
