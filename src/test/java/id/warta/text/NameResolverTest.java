package id.warta.text;

import id.warta.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.warta.model.EntityType.ORGANIZATION;
import static id.warta.model.EntityType.PERSON;
import static id.warta.model.EntityType.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameResolverTest {
    private final NameResolver resolver = new NameResolver(Gazetteer.standard());

    @Test
    void listedNamesTakeTheGazetteersCanonicalName() {
        for (String n : List.of("Vladimir Putin", "Putin")) resolver.add(n, PERSON);
        for (String n : List.of("AS", "Amerika Serikat", "Federasi Rusia", "Rusia", "Moskwa")) resolver.add(n, PLACE);
        assertEquals("Vladimir Putin", resolver.canonical("Putin", PERSON));
        assertEquals("Amerika Serikat", resolver.canonical("AS", PLACE));
        assertEquals("Rusia", resolver.canonical("Federasi Rusia", PLACE));
        assertEquals("Moskow", resolver.canonical("Moskwa", PLACE));
    }

    @Test
    void surnameAloneIsTheFullNameTheArticleUses() {
        resolver.add("Jeremy Kuzmarov", PERSON);
        resolver.add("Kuzmarov", PERSON);
        resolver.add("Jeremy", PERSON);
        assertEquals("Jeremy Kuzmarov", resolver.canonical("Kuzmarov", PERSON));
        assertEquals("Jeremy Kuzmarov", resolver.canonical("Jeremy", PERSON));
        assertEquals("Jeremy Kuzmarov", resolver.canonical("Jeremy Kuzmarov", PERSON));
    }

    @Test
    void honorificIsPrintedButNotPartOfTheEntitysName() {
        resolver.add("Dr Wulan Sasmita", PERSON);
        resolver.add("Wulan Sasmita", PERSON);
        assertEquals("Wulan Sasmita", resolver.canonical("Dr Wulan Sasmita", PERSON));
        assertEquals("Wulan Sasmita", resolver.canonical("Sasmita", PERSON));
    }

    @Test
    void bracketedShortFormIsAnAliasOfTheName() {
        resolver.add("Badan Riset Kelautan (BRK)", ORGANIZATION);
        resolver.add("BRK", ORGANIZATION);
        assertEquals("Badan Riset Kelautan", resolver.canonical("BRK", ORGANIZATION));
        assertEquals("Badan Riset Kelautan", resolver.canonical("Badan Riset Kelautan (BRK)", ORGANIZATION));
    }

    @Test
    void spellingsDifferingInCaseAreOneName() {
        resolver.add("Ukraina timur", PLACE);
        resolver.add("Ukraina Timur", PLACE);
        assertEquals("Ukraina Timur", resolver.canonical("Ukraina timur", PLACE));
    }

    @Test
    void unrelatedPeopleStayApart() {
        resolver.add("Budi Santoso", PERSON);
        resolver.add("Santoso Wibowo", PERSON);
        resolver.add("Budi", PERSON);
        assertEquals("Budi Santoso", resolver.canonical("Budi", PERSON));
        assertEquals("Santoso Wibowo", resolver.canonical("Santoso Wibowo", PERSON));
    }

    @Test
    void entityCarriesGazetteerAndArticleAliases() {
        Entity e = resolver.entity("Amerika Serikat", PLACE, List.of("AS", "Amerika Serikat", "Negeri Paman Sam"));
        assertTrue(e.aliases().containsAll(List.of("AS", "United States", "Negeri Paman Sam")));
        assertTrue(!e.aliases().contains("Amerika Serikat"));
    }
}
