package id.warta.text;

import id.warta.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static id.warta.model.EntityType.ORGANIZATION;
import static id.warta.model.EntityType.PERSON;
import static id.warta.model.EntityType.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void pressShortFormsFindTheCanonicalName() {
        assertEquals(Optional.of("Amerika Serikat"), gazetteer.canonical("AS", PLACE));
        assertEquals(Optional.of("Tiongkok"), gazetteer.canonical("RRT", PLACE));
        assertEquals(Optional.of("Tiongkok"), gazetteer.canonical("China", PLACE));
        assertEquals(Optional.of("Korea Selatan"), gazetteer.canonical("Korsel", PLACE));
        assertEquals(Optional.of("Inggris"), gazetteer.canonical("Britania Raya", PLACE));
        assertEquals(Optional.of("Kyiv"), gazetteer.canonical("Kiev", PLACE));
        assertEquals(Optional.of("PBB"), gazetteer.canonical("Perserikatan Bangsa-Bangsa", ORGANIZATION));
        assertEquals(Optional.of("Hizbullah"), gazetteer.canonical("Hezbollah", ORGANIZATION));
        assertEquals(Optional.of("Vladimir Putin"), gazetteer.canonical("Putin", PERSON));
    }

    @Test
    void caseIsIgnoredWhenNoExactSpellingMatches() {
        assertEquals(Optional.of("Jakarta"), gazetteer.canonical("JAKARTA", PLACE));
        assertEquals(Optional.of("ANTARA"), gazetteer.canonical("antara", ORGANIZATION));
    }

    @Test
    void typeMustMatch() {
        assertTrue(gazetteer.canonical("Putin", PLACE).isEmpty());
        assertTrue(gazetteer.canonical("Atlantis", PLACE).isEmpty());
        assertTrue(gazetteer.canonical(null, PLACE).isEmpty());
    }

    @Test
    void everyCountryHasItsIndonesianName() {
        for (String country : List.of("Jerman", "Prancis", "Jepang", "Arab Saudi", "Selandia Baru", "Palestina", "Ukraina")) {
            assertTrue(gazetteer.canonical(country, PLACE).isPresent(), country);
        }
        assertTrue(gazetteer.entities().stream().filter(e -> e.type() == PLACE).count() > 600);
    }

    @Test
    void indonesiaHasItsThirtyEightProvinces() {
        List<String> provinces = List.of("Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi",
                "Sumatera Selatan", "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta", "Jawa Barat", "Banten",
                "Jawa Tengah", "Daerah Istimewa Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
                "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
                "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
                "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah", "Papua Pegunungan",
                "Papua Selatan");
        assertEquals(38, provinces.size());
        for (String p : provinces) assertEquals(Optional.of(p), gazetteer.canonical(p, PLACE), p);
        assertEquals(Optional.of("Jawa Barat"), gazetteer.canonical("Jabar", PLACE));
    }

    @Test
    void entityListsItsAliasesWithoutItsName() {
        var rusia = gazetteer.entity("Federasi Rusia", PLACE).orElseThrow();
        assertEquals("Rusia", rusia.name());
        assertTrue(rusia.aliases().contains("Federasi Rusia"));
        assertTrue(!rusia.aliases().contains("Rusia"));
    }

    @Test
    void generatedRegionsAndFormerCountriesResolve() {
        assertEquals(Optional.of("Sistan va Baluchestan"), gazetteer.canonical("Sistan-Baluchestan", PLACE));
        assertEquals(Optional.of("Sistan va Baluchestan"), gazetteer.canonical("Sīstān va Balūchestān", PLACE));
        assertEquals(Optional.of("Shropshire"), gazetteer.canonical("Shropshire", PLACE));
        assertEquals(Optional.of("Kivu Utara"), gazetteer.canonical("Nord-Kivu", PLACE));
        assertEquals(Optional.of("Uni Soviet"), gazetteer.canonical("USSR", PLACE));
        assertEquals(Optional.of("Jerman Timur"), gazetteer.canonical("Jerman Timur", PLACE));
        assertTrue(!gazetteer.isCountry("Uni Soviet"), "a former country is no current country");
    }

    @Test
    void aRenamedCountrysOldNameFindsTodaysCountry() {
        assertEquals(Optional.of("Republik Demokratik Kongo"), gazetteer.canonical("Zaire", PLACE));
        assertEquals(Optional.of("Myanmar"), gazetteer.canonical("Birma", PLACE));
        var kongo = gazetteer.entity("Zaire", PLACE).orElseThrow();
        assertTrue(kongo.aliases().contains("DR Kongo") && kongo.aliases().contains("Zaire"), "one entity, merged");
        assertTrue(gazetteer.isCountry("Republik Demokratik Kongo"));
    }

    @Test
    void ordinaryWordsAndGivenNamesAreNoRegion() {
        // Regions of that name exist (Ghana's Central, Cameroon's Nord, New Zealand's Nelson, Myanmar's Mon State,
        // Thailand's Tak); the generator filters them out as words or given names.
        for (String word : List.of("Central", "Nord", "Nelson", "Mon", "Tak", "Kent")) {
            assertTrue(gazetteer.canonical(word, PLACE).isEmpty(), word);
        }
    }

    @Test
    void generatedRegionsRepeatNoNameOfAnotherEntity() {
        for (String line : Gazetteer.readResource("/gazetteer/places-regions.lst")) {
            for (String name : line.split("\\|")) {
                assertEquals(1, gazetteer.entitiesNamed(name).size(), () -> name + " names another entity too:"
                        + " regenerate with python3 src/build/regions.py > data/gazetteer/places-regions.lst");
            }
        }
    }

    @Test
    void aSpacedDashEndsAListedName() {
        List<WordToken> joined = WordToken.split("di Sistan-Baluchestan");
        assertEquals(3, gazetteer.longestMatch(joined, 1, joined.size()).orElseThrow().length());
        List<WordToken> spaced = WordToken.split("di Sistan - Baluchestan");
        assertTrue(gazetteer.longestMatch(spaced, 1, spaced.size()).isEmpty());
    }

    @Test
    void smallGazetteerFromLines() {
        Gazetteer g = Gazetteer.of(EntityType.PERSON, List.of("# comment", "Ada Lovelace|Lovelace|Augusta Ada King"));
        assertEquals(Optional.of("Ada Lovelace"), g.canonical("Augusta Ada King", PERSON));
    }
}
