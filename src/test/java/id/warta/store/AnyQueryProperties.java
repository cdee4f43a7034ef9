package id.warta.store;

import id.warta.model.Article;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever a person types, search answers (possibly with nothing) and never throws. */
class AnyQueryProperties {
    private static Library library;

    @BeforeContainer
    static void open() throws Exception {
        Path dir = Files.createTempDirectory("warta-props");
        dir.toFile().deleteOnExit();
        library = Library.open(dir.resolve("props.db"));
        for (Article a : NewsLibrary.written()) library.save(a);
    }

    @AfterContainer
    static void close() {
        library.close();
    }

    @Property(tries = 1000)
    void anyStringIsAQuery(@ForAll String text) {
        check(text);
    }

    @Property(tries = 1000)
    void stringsOfQuerySyntaxAreQueries(@ForAll("syntax") String text) {
        check(text);
    }

    private static void check(String text) {
        List<SearchHit> hits = library.search(text, 20);
        assertNotNull(hits);
        for (SearchHit h : hits) assertNotNull(h.snippet());
        assertTrue(hits.size() <= 20);
    }

    /** Strings built from the pieces that have meaning to the query language or to FTS5. */
    @Provide
    Arbitrary<String> syntax() {
        Arbitrary<String> piece = Arbitraries.of("\"", "“", "”", "(", ")", "-", "*", "^", ":", "+", "'", "\\", "%", "_",
                "{", "}", "[", "]", ";", " ", " ", " ", "OR", "AND", "NOT", "NEAR", "NEAR(", "person:", "place:",
                "org:", "source:", "quoted:", "after:", "before:", "2025-08-01", "2025-13", "Putin", "putin",
                "Gaza", "damai", "pemulihan", "AS", "é", "ñ", "\u0301", "'; DROP TABLE article; --", "\u0000",
                "headline:", "{headline body}:", "body_stem", "1", "x*");
        return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}
