package id.warta.store;

import id.warta.model.Article;
import id.warta.model.EntityType;
import id.warta.model.Quote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operator and filter of the query language over the 22-article {@link NewsLibrary}.
 * Expected results are headline beginnings. The seed goes through the real pipeline, so whether
 * it carries entities and a source depends on the recogniser and parser in this build; the
 * expectations for it are taken from the parsed seed itself, never assumed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {
    private static final String SEED = "Pakar: Putin Tunjukkan";

    @TempDir
    static Path dir;
    private Library library;
    private Article seed;

    @BeforeAll
    void build() throws Exception {
        library = Library.open(dir.resolve("news.db"));
        seed = NewsLibrary.seed();
        library.save(seed);
        for (Article a : NewsLibrary.written()) library.save(a);
        assertEquals(22, library.count());
    }

    @AfterAll
    void close() {
        library.close();
    }

    private Set<String> found(String query) {
        Set<String> out = new TreeSet<>();
        for (SearchHit h : library.search(query, 100)) out.add(h.headline());
        return out;
    }

    private List<String> ranked(String query) {
        return library.search(query, 100).stream().map(SearchHit::headline).toList();
    }

    /** Asserts the query finds exactly the articles whose headlines start with {@code expected}. */
    private void assertFinds(String query, String... expected) {
        assertFinds(query, new LinkedHashSet<>(Arrays.asList(expected)));
    }

    private void assertFinds(String query, Set<String> expected) {
        Set<String> got = found(query);
        Set<String> missing = new TreeSet<>();
        for (String e : expected) if (got.stream().noneMatch(h -> h.startsWith(e))) missing.add(e);
        Set<String> extra = new TreeSet<>();
        for (String h : got) if (expected.stream().noneMatch(h::startsWith)) extra.add(h);
        assertTrue(missing.isEmpty() && extra.isEmpty(), query + " → missing " + missing + ", unexpected " + extra);
    }

    /** {@code base}, plus the seed when the parsed seed lists {@code name} among its entities of that kind. */
    private Set<String> withSeedIf(boolean seedHasIt, String... base) {
        Set<String> out = new LinkedHashSet<>(Arrays.asList(base));
        if (seedHasIt) out.add(SEED);
        return out;
    }

    private boolean seedNames(EntityType type, String name) {
        List<String> names = switch (type) {
            case PERSON -> seed.people();
            case PLACE -> seed.places();
            case ORGANIZATION -> seed.organizations();
        };
        return names.contains(name);
    }

    @Test
    void plainWordsMustAllOccur() {
        assertFinds("Beijing", "Putin dan Xi");
        assertFinds("Putin Beijing", "Putin dan Xi");
        assertFinds("Putin AND Beijing", "Putin dan Xi");
        assertFinds("Anchorage", SEED);
    }

    @Test
    void caseAndDiacriticsAreIgnored() {
        assertFinds("CAFE brussel", "Diplomasi Kopi");
        assertFinds("antónio", "Sekjen PBB");
    }

    @Test
    void orFindsEither() {
        assertFinds("Myanmar OR Filipina", "ASEAN Desak", "Filipina Protes");
    }

    @Test
    void minusExcludes() {
        assertFinds("Putin", SEED, "Putin dan Xi", "Lavrov: Rusia", "Trump dan Putin");
        assertFinds("Putin -Beijing", SEED, "Lavrov: Rusia", "Trump dan Putin");
        assertFinds("\"kerja sama\" -energi", SEED, "Indonesia dan Jepang");
    }

    @Test
    void parenthesesGroup() {
        assertFinds("(Gaza OR Sudan) perdamaian", "Menlu Sugiono", "Jalan Panjang");
        assertFinds("Gaza OR Sudan perdamaian", "Menlu Sugiono", "Warga Gaza", "Jalan Panjang");
        assertFinds("Trump OR (Sudan -Guterres)", SEED, "Trump Ancam", "Trump dan Putin", "Jalan Panjang");
    }

    @Test
    void phrasesKeepWordsTogetherInOrder() {
        assertFinds("\"kerja sama energi\"", "Putin dan Xi");
        assertFinds("\"energi kerja sama\"");
        assertFinds("\"kerja sama\"", SEED, "Putin dan Xi", "Indonesia dan Jepang");
    }

    @Test
    void affixedFormsMatchEachOther() {
        for (String form : List.of("memulihkan", "pemulihan", "dipulihkan", "pulihkan", "Pulihkan")) {
            assertFinds(form, SEED, "Pemulihan Ekonomi");
        }
        Set<String> peace = Set.of(SEED, "Menlu Sugiono", "Iran Bantah", "Jalan Panjang");
        assertFinds("damai", peace);
        assertFinds("perdamaian", peace);
        Set<String> meeting = Set.of(SEED, "Putin dan Xi", "Prabowo Bertemu", "Pertemuan G20", "Trump dan Putin");
        assertFinds("bertemu", meeting);
        assertFinds("pertemuan", meeting);
    }

    @Test
    void namesAreNeverStemmed() {
        // The stemmer would read Permana as per-mana; as a name it must stay whole.
        assertEquals("mana", StemmedText.stem("permana"));
        assertFinds("mana");
        assertFinds("Permana", "Kemenlu Evakuasi");
    }

    @Test
    void personFilterMatchesAnyAliasCaseAndDiacritics() {
        Set<String> putin = withSeedIf(seedNames(EntityType.PERSON, "Vladimir Putin"),
                "Putin dan Xi", "Lavrov: Rusia", "Trump dan Putin");
        assertFinds("person:Putin", putin);
        assertFinds("person:\"Vladimir Putin\"", putin);
        assertFinds("person:putin", putin);
        assertFinds("PERSON:VLADIMIR", putin);
        assertFinds("person:\"Antonio Guterres\"", "Sekjen PBB");
        assertFinds("person:Zelen", "Zelenskyy Minta");
        assertFinds("person:Nobody");
    }

    @Test
    void placeFilterMatchesAliasesExactlyBeforePrefixes() {
        Set<String> us = withSeedIf(seedNames(EntityType.PLACE, "Amerika Serikat"), "Trump Ancam", "Trump dan Putin");
        assertFinds("place:AS", us);
        assertFinds("place:\"Amerika Serikat\"", us);
        assertFinds("place:as", us);
        assertFinds("place:Asi", "ASEAN Desak");
        assertFinds("place:Korut", "Korea Utara");
        assertFinds("place:Tiongkok", "Putin dan Xi", "Trump Ancam", "Filipina Protes");
        assertFinds("place:China", "Putin dan Xi", "Trump Ancam", "Filipina Protes");
    }

    @Test
    void orgFilter() {
        assertFinds("org:NATO", withSeedIf(seedNames(EntityType.ORGANIZATION, "NATO"), "Zelenskyy Minta", "NATO Gelar"));
        Set<String> un = Set.of("Menlu Sugiono", "Warga Gaza", "Sekjen PBB");
        assertFinds("org:PBB", un);
        assertFinds("org:\"Perserikatan Bangsa-Bangsa\"", un);
        assertFinds("org:Kemenlu", "Kemenlu Evakuasi");
    }

    @Test
    void sourceFilter() {
        boolean seedFromAntara = "ANTARA".equals(seed.source());
        assertFinds("source:antara", withSeedIf(seedFromAntara, "Menlu Sugiono", "Lavrov: Rusia",
                "Indonesia dan Jepang", "Sekjen PBB"));
        assertFinds("source:kompas", "Putin dan Xi", "NATO Gelar", "Filipina Protes");
        assertFinds("source:\"CNN Indonesia\"", "Trump Ancam", "Korea Utara");
        assertFinds("source:liputan6", "Zelenskyy Minta", "Diplomasi Kopi");
        assertFinds("source:nowhere");
    }

    @Test
    void quotedFilterFindsWhereThePersonIsQuoted() {
        assertFinds("quoted:Lavrov", "Lavrov: Rusia");
        assertFinds("quoted:\"Sergey Lavrov\"", "Lavrov: Rusia");
        assertFinds("quoted:Trump", "Trump dan Putin");
        assertFinds("quoted:Putin");
    }

    @Test
    void dateFilters() {
        assertFinds("after:2025-08-01", "Indonesia dan Jepang", "Warga Gaza", "Trump dan Putin");
        assertFinds("before:2025-01-01", "ASEAN Desak", "NATO Gelar", "Diplomasi Kopi");
        assertFinds("after:2025-06 before:2025-07", "Pemulihan Ekonomi", "Harga Minyak", "Iran Bantah",
                "Kemenlu Evakuasi");
    }

    @Test
    void filtersCombineWithWordsAndOperators() {
        assertFinds("person:Putin after:2025-08-01", "Trump dan Putin");
        assertFinds("place:Ukraina -person:Zelenskyy", withSeedIf(seedNames(EntityType.PLACE, "Ukraina"),
                "Pemulihan Ekonomi", "Lavrov: Rusia"));
        assertFinds("person:Putin OR place:Gaza", withSeedIf(seedNames(EntityType.PERSON, "Vladimir Putin"),
                "Putin dan Xi", "Lavrov: Rusia", "Trump dan Putin", "Menlu Sugiono", "Warga Gaza"));
        boolean seedFromAntara = "ANTARA".equals(seed.source());
        assertFinds("(source:antara OR source:tempo) perdamaian", withSeedIf(seedFromAntara,
                "Menlu Sugiono", "Jalan Panjang"));
        assertFinds("-source:antara -source:kompas -source:tempo -source:detik -source:viva -source:republika"
                + " -source:liputan6 -source:cnn", seed.source() == null ? Set.of(SEED) : Set.of());
    }

    @Test
    void oddInputIsReadAsLiteralWords() {
        Set<String> putin = Set.of(SEED, "Putin dan Xi", "Lavrov: Rusia", "Trump dan Putin");
        for (String q : List.of("\"Putin", "(Putin", "Putin)", "Putin*", "^Putin", "Putin:", "((Putin", "Putin -")) {
            assertFinds(q, putin);
        }
        assertFinds("OR");
        // a lone operator is the word "or"/"and", which no article here holds
        assertFinds("Putin OR");
        assertFinds("AND Putin");
        assertFinds("NEAR(Putin Trump)");
        assertFinds("person:");
        assertFinds("after:kemarin");
        assertFinds("* ^ : ( ) \" -");
        assertTrue(library.search("", 10).isEmpty());
    }

    @Test
    void headlineWeighsMoreThanBody() {
        List<String> japan = ranked("Jepang");
        assertTrue(japan.get(0).startsWith("Indonesia dan Jepang"), japan.toString());
        List<String> iran = ranked("Iran");
        assertTrue(iran.get(0).startsWith("Iran Bantah"), iran.toString());
    }

    @Test
    void filtersAloneRankByHowCentralTheEntityIs() {
        List<String> putin = ranked("person:Putin");
        int xi = indexOf(putin, "Putin dan Xi");      // named three times
        int lavrov = indexOf(putin, "Lavrov: Rusia");  // named once
        assertTrue(xi < lavrov, putin.toString());
    }

    private static int indexOf(List<String> headlines, String start) {
        for (int i = 0; i < headlines.size(); i++) if (headlines.get(i).startsWith(start)) return i;
        return -1;
    }

    @Test
    void snippetsMarkTheMatchedWordsIncludingAffixedForms() {
        SearchHit seedHit = library.search("memulihkan", 10).stream()
                .filter(h -> h.headline().startsWith(SEED)).findFirst().orElseThrow();
        assertTrue(seedHit.snippet().contains("«Pulihkan»"), seedHit.snippet());
        SearchHit energy = library.search("\"kerja sama energi\"", 10).get(0);
        assertTrue(energy.snippet().contains("«kerja» «sama» «energi»"), energy.snippet());
        assertFalse(energy.snippet().isBlank());
    }

    @Test
    void relatedArticlesShareEntities() {
        String lavrov = library.search("quoted:Lavrov", 1).get(0).id();
        List<RelatedArticle> related = library.related(lavrov, 50);
        List<String> headlines = related.stream().map(RelatedArticle::headline).toList();
        assertFalse(headlines.stream().anyMatch(h -> h.startsWith("Lavrov: Rusia")));
        for (String expected : List.of("Putin dan Xi", "Trump dan Putin", "Pemulihan Ekonomi", "Zelenskyy Minta")) {
            assertTrue(indexOf(headlines, expected) >= 0, expected + " in " + headlines);
        }
        assertTrue(indexOf(headlines, "Harga Minyak") < 0, headlines.toString());
        // Putin dan Xi shares Putin and Rusia; Trump dan Putin only Putin.
        assertTrue(indexOf(headlines, "Putin dan Xi") < indexOf(headlines, "Trump dan Putin"), headlines.toString());
        RelatedArticle xi = related.get(indexOf(headlines, "Putin dan Xi"));
        assertEquals(Set.of("Vladimir Putin", "Rusia"), Set.copyOf(xi.shared()));
    }

    @Test
    void nameSuggestionsByPrefixMostArticlesFirst() {
        List<NameCount> places = library.names("as", EntityType.PLACE, 10);
        List<String> names = places.stream().map(NameCount::name).toList();
        assertEquals(List.of("Amerika Serikat", "Asia Tenggara"), names);
        assertEquals(seedNames(EntityType.PLACE, "Amerika Serikat") ? 3 : 2, places.get(0).articles());
        List<NameCount> people = library.names("tr", EntityType.PERSON, 10);
        assertEquals("Donald Trump", people.get(0).name());
        List<NameCount> all = library.names("", null, 1000);
        for (int i = 1; i < all.size(); i++) assertTrue(all.get(i - 1).articles() >= all.get(i).articles());
        assertTrue(library.names("zzz", null, 10).isEmpty());
    }

    @Test
    void quotedEntityRanksAboveMerelyNamedOne() throws Exception {
        try (Library small = Library.open(dir.resolve("boost.db"))) {
            Article named = NewsLibrary.article("Delegasi Tiba di Jakarta", "ANTARA", null,
                    List.of("Lavrov datang ke Jakarta hari ini bersama delegasi besar."), List.of(), NewsLibrary.LAVROV);
            Article quoted = NewsLibrary.article("Delegasi Tiba di Bandung", "ANTARA", null,
                    List.of("Lavrov datang ke Bandung hari ini bersama delegasi besar."),
                    List.of(new Quote("Kami datang untuk berdialog", "Sergey Lavrov", 0)), NewsLibrary.LAVROV);
            small.save(named);
            small.save(quoted);
            List<SearchHit> hits = small.search("Lavrov", 10);
            assertEquals(List.of(quoted.id(), named.id()), hits.stream().map(SearchHit::id).toList());
            assertTrue(hits.get(0).score() > hits.get(1).score());
        }
    }

    @Test
    void resultsCarryTheFieldsTheCommandLinePrints() {
        SearchHit hit = library.search("Zelenskyy", 10).get(0);
        assertEquals("Liputan6.com", hit.source());
        assertEquals("2025-02-11T13:00:00+07:00", hit.published());
        assertTrue(hit.score() > 0, "score " + hit.score());
        assertEquals(16, hit.id().length());
    }
}
