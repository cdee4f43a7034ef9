package id.warta.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a person typed into a {@link SearchQuery}. Every string is a valid query: a quote
 * or parenthesis left open is closed at the end, a stray one is ignored, an operator with
 * nothing to join (a lone OR) is the plain word, and characters with meaning to FTS5
 * ({@code * ^ : NEAR}) are only separators between words. Nothing here throws.
 */
final class QueryParser {
    private static final int MAX_DEPTH = 32;
    private static final int MAX_LEAVES = 64;
    private static final int MAX_PHRASE = 16;
    private static final Pattern FILTER = Pattern.compile(
            "(person|place|org|source|quoted|after|before):(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String QUOTES = "\"“”„";

    private enum Type { TEXT, PHRASE, FILTER, OPEN, CLOSE, OR, AND, NOT }

    private record Token(Type type, String text, String filter) {
        boolean startsOperand() {
            return type == Type.TEXT || type == Type.PHRASE || type == Type.FILTER || type == Type.OPEN
                    || type == Type.NOT;
        }
    }

    private final List<Token> tokens;
    private int pos;
    private int leaves;

    private QueryParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The query, or empty when the text holds nothing to search for. */
    static Optional<SearchQuery> parse(String text) {
        QueryParser parser = new QueryParser(lex(text == null ? "" : text));
        List<SearchQuery> parts = new ArrayList<>();
        while (parser.pos < parser.tokens.size()) {
            int before = parser.pos;
            parts.add(parser.parseAny(0));
            if (parser.pos == before) parser.pos++;
        }
        return Optional.ofNullable(all(parts));
    }

    // ---- lexing

    private static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(new Token(c == '(' ? Type.OPEN : Type.CLOSE, null, null));
                i++;
            } else if (isQuote(c)) {
                int close = closingQuote(s, i + 1);
                if (close >= 0) out.add(new Token(Type.PHRASE, s.substring(i + 1, close), null));
                i = close >= 0 ? close + 1 : i + 1;   // an unclosed quote is just ignored
            } else if (c == '-' && i + 1 < n && startsOperand(s.charAt(i + 1))) {
                out.add(new Token(Type.NOT, null, null));
                i++;
            } else {
                i = chunk(s, i, out);
            }
        }
        return out;
    }

    /** A run of text up to a space, parenthesis or quote: a filter, an operator or words. */
    private static int chunk(String s, int i, List<Token> out) {
        int n = s.length();
        int j = i;
        while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '(' && s.charAt(j) != ')'
                && !isQuote(s.charAt(j))) {
            j++;
        }
        String chunk = s.substring(i, j);
        Matcher filter = FILTER.matcher(chunk);
        if (filter.matches()) {
            String value = filter.group(2);
            if (value.isEmpty() && j < n && isQuote(s.charAt(j))) {
                int close = closingQuote(s, j + 1);
                value = close >= 0 ? s.substring(j + 1, close) : s.substring(j + 1);
                j = close >= 0 ? close + 1 : n;
            }
            out.add(new Token(Type.FILTER, value, filter.group(1).toLowerCase(Locale.ROOT)));
        } else if (chunk.equals("OR")) {
            out.add(new Token(Type.OR, chunk, null));
        } else if (chunk.equals("AND")) {
            out.add(new Token(Type.AND, chunk, null));
        } else {
            out.add(new Token(Type.TEXT, chunk, null));
        }
        return j;
    }

    private static boolean startsOperand(char c) {
        return !Character.isWhitespace(c) && c != ')' && c != '-';
    }

    private static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }

    private static int closingQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) if (isQuote(s.charAt(i))) return i;
        return -1;
    }

    // ---- parsing: any := all (OR all)* ; all := unary (AND? unary)* ; unary := -unary | (any) | leaf

    private SearchQuery parseAny(int depth) {
        List<SearchQuery> alternatives = new ArrayList<>();
        alternatives.add(parseAll(depth));
        while (pos < tokens.size() && tokens.get(pos).type() == Type.OR) {
            pos++;
            alternatives.add(parseAll(depth));
        }
        List<SearchQuery> present = alternatives.stream().filter(q -> q != null).toList();
        if (present.isEmpty()) return null;
        return present.size() == 1 ? present.get(0) : new SearchQuery.Any(present);
    }

    private SearchQuery parseAll(int depth) {
        List<SearchQuery> parts = new ArrayList<>();
        while (pos < tokens.size()) {
            Token t = tokens.get(pos);
            if (t.type() == Type.CLOSE) {
                if (depth > 0) break;
                pos++;                                          // a stray ")" is ignored
            } else if (t.type() == Type.OR) {
                if (!parts.isEmpty() && operandAt(pos + 1)) break;
                pos++;
                parts.add(words(t.text()));                     // a lone OR is the word "or"
            } else if (t.type() == Type.AND) {
                pos++;
                if (parts.isEmpty() || !operandAt(pos)) parts.add(words(t.text()));
            } else {
                parts.add(parseUnary(depth));
            }
        }
        return all(parts);
    }

    private boolean operandAt(int i) {
        return i < tokens.size() && tokens.get(i).startsOperand();
    }

    private SearchQuery parseUnary(int depth) {
        Token t = tokens.get(pos++);
        switch (t.type()) {
            case NOT -> {
                if (!operandAt(pos)) return null;
                SearchQuery q = parseUnary(depth);
                return q == null ? null : new SearchQuery.Not(q);
            }
            case OPEN -> {
                if (depth >= MAX_DEPTH) return null;            // too deep: the parenthesis is ignored
                SearchQuery q = parseAny(depth + 1);
                if (pos < tokens.size() && tokens.get(pos).type() == Type.CLOSE) pos++;
                return q;
            }
            case TEXT, PHRASE -> {
                return words(t.text());
            }
            case FILTER -> {
                return filter(t.filter(), t.text());
            }
            default -> {
                return null;
            }
        }
    }

    // ---- leaves

    private SearchQuery words(String text) {
        List<String> words = IndexWords.words(text);
        if (words.isEmpty() || ++leaves > MAX_LEAVES) return null;
        return new SearchQuery.Words(words.size() > MAX_PHRASE ? words.subList(0, MAX_PHRASE) : words);
    }

    private SearchQuery filter(String name, String value) {
        String v = value.strip();
        if (IndexWords.words(v).isEmpty()) return words(name + " " + v);
        if (++leaves > MAX_LEAVES) return null;
        return switch (name) {
            case "person" -> new SearchQuery.Named(SearchQuery.Named.Kind.PERSON, v);
            case "place" -> new SearchQuery.Named(SearchQuery.Named.Kind.PLACE, v);
            case "org" -> new SearchQuery.Named(SearchQuery.Named.Kind.ORGANIZATION, v);
            case "quoted" -> new SearchQuery.Named(SearchQuery.Named.Kind.QUOTED, v);
            case "source" -> new SearchQuery.Source(v);
            default -> date(name, v);
        };
    }

    /** after:/before: take YYYY-MM-DD, YYYY-MM or YYYY; anything else is read as words. */
    private SearchQuery date(String name, String value) {
        Optional<LocalDate> day = day(value);
        if (day.isEmpty()) {
            leaves--;
            return words(name + " " + value);
        }
        return name.equals("after") ? new SearchQuery.Published(day.get(), null)
                : new SearchQuery.Published(null, day.get());
    }

    static Optional<LocalDate> day(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.of(LocalDate.parse(value));
            if (value.matches("\\d{4}-\\d{2}")) return Optional.of(YearMonth.parse(value).atDay(1));
            if (value.matches("\\d{4}")) return Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static SearchQuery all(List<SearchQuery> parts) {
        List<SearchQuery> present = parts.stream().filter(q -> q != null).toList();
        if (present.isEmpty()) return null;
        return present.size() == 1 ? present.get(0) : new SearchQuery.All(present);
    }
}
