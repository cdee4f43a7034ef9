package id.warta.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed search query: a tree of words and phrases, filters and the operators between them.
 * Built by {@link QueryParser}, which accepts any text; see docs/search.md for the language.
 */
sealed interface SearchQuery {
    /** A word (one element) or a phrase: folded words that must stand together in this order. */
    record Words(List<String> words) implements SearchQuery {
        public Words {
            words = List.copyOf(words);
        }
    }

    /** The article names this entity (PERSON, PLACE, ORGANIZATION) or quotes this person (QUOTED). */
    record Named(Kind kind, String name) implements SearchQuery {
        enum Kind { PERSON, PLACE, ORGANIZATION, QUOTED }
    }

    /** The article's outlet is this one (case, diacritics ignored; a prefix will do). */
    record Source(String name) implements SearchQuery {
    }

    /** Published on or after {@code from} (inclusive) / before {@code until} (exclusive). */
    record Published(LocalDate from, LocalDate until) implements SearchQuery {
    }

    record Not(SearchQuery query) implements SearchQuery {
    }

    record All(List<SearchQuery> queries) implements SearchQuery {
        public All {
            queries = List.copyOf(queries);
        }
    }

    record Any(List<SearchQuery> queries) implements SearchQuery {
        public Any {
            queries = List.copyOf(queries);
        }
    }
}
