package id.warta.store;

import id.warta.store.SearchQuery.All;
import id.warta.store.SearchQuery.Any;
import id.warta.store.SearchQuery.Named;
import id.warta.store.SearchQuery.Not;
import id.warta.store.SearchQuery.Published;
import id.warta.store.SearchQuery.Source;
import id.warta.store.SearchQuery.Words;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryParserTest {
    private static SearchQuery parse(String text) {
        return QueryParser.parse(text).orElse(null);
    }

    private static Words w(String... words) {
        return new Words(List.of(words));
    }

    @Test
    void wordsPhrasesAndOperators() {
        assertEquals(new All(List.of(w("putin"), w("trump"))), parse("Putin Trump"));
        assertEquals(new All(List.of(w("putin"), w("trump"))), parse("Putin AND Trump"));
        assertEquals(new Any(List.of(w("putin"), w("trump"))), parse("Putin OR Trump"));
        assertEquals(w("vladimir", "putin"), parse("\"Vladimir Putin\""));
        assertEquals(w("vladimir", "putin"), parse("“Vladimir Putin”"));
        assertEquals(new All(List.of(w("putin"), new Not(w("beijing")))), parse("Putin -Beijing"));
        assertEquals(new All(List.of(new Any(List.of(w("gaza"), w("sudan"))), w("damai"))), parse("(Gaza OR Sudan) damai"));
        assertEquals(new Any(List.of(w("gaza"), new All(List.of(w("sudan"), w("damai"))))), parse("Gaza OR Sudan damai"));
    }

    @Test
    void hyphenatedAndPunctuatedWordsArePhrases() {
        assertEquals(w("rusia", "as"), parse("Rusia–AS"));
        assertEquals(w("pasca", "perang"), parse("pasca-Perang"));
    }

    @Test
    void filters() {
        assertEquals(new Named(Named.Kind.PERSON, "Putin"), parse("person:Putin"));
        assertEquals(new Named(Named.Kind.PERSON, "Vladimir Putin"), parse("person:\"Vladimir Putin\""));
        assertEquals(new Named(Named.Kind.PLACE, "AS"), parse("PLACE:AS"));
        assertEquals(new Named(Named.Kind.ORGANIZATION, "NATO"), parse("org:NATO"));
        assertEquals(new Named(Named.Kind.QUOTED, "Lavrov"), parse("quoted:Lavrov"));
        assertEquals(new Source("kompas.com"), parse("source:kompas.com"));
        assertEquals(new Published(LocalDate.of(2025, 8, 1), null), parse("after:2025-08-01"));
        assertEquals(new Published(null, LocalDate.of(2025, 7, 1)), parse("before:2025-07"));
        assertEquals(new Published(LocalDate.of(2024, 1, 1), null), parse("after:2024"));
        assertEquals(new Not(new Named(Named.Kind.PERSON, "Zelenskyy")), parse("-person:Zelenskyy"));
    }

    @Test
    void oddInputBecomesLiteralWords() {
        assertEquals(w("putin"), parse("\"Putin"));
        assertEquals(w("putin"), parse("(Putin"));
        assertEquals(w("putin"), parse("Putin)"));
        assertEquals(w("putin"), parse("Putin*"));
        assertEquals(w("putin"), parse("^Putin:"));
        assertEquals(w("or"), parse("OR"));
        assertEquals(new All(List.of(w("putin"), w("or"))), parse("Putin OR"));
        assertEquals(new All(List.of(w("and"), w("putin"))), parse("AND Putin"));
        assertEquals(new All(List.of(w("near"), new All(List.of(w("putin"), w("trump"))))), parse("NEAR(Putin Trump)"));
        assertEquals(w("person"), parse("person:"));
        assertEquals(w("after", "kemarin"), parse("after:kemarin"));
        assertEquals(w("after", "2025", "13", "45"), parse("after:2025-13-45"));
        assertEquals(w("foo", "bar"), parse("foo:bar"));
        assertEquals(Optional.empty(), QueryParser.parse("* ^ : ( ) \" - "));
        assertEquals(Optional.empty(), QueryParser.parse(""));
        assertEquals(Optional.empty(), QueryParser.parse(null));
    }

    @Test
    void deepNestingAndLongQueriesStayBounded() {
        SearchQuery deep = parse("(".repeat(10_000) + "Putin" + ")".repeat(10_000));
        assertEquals(w("putin"), deep);
        SearchQuery many = parse("kata ".repeat(1_000));
        assertEquals(64, ((All) many).queries().size());
    }
}
