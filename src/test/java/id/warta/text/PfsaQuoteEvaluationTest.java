package id.warta.text;

import id.warta.SharedData;
import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.layout.Block;
import id.warta.ingest.layout.Dateline;
import id.warta.ingest.layout.Draft;
import id.warta.model.Article;
import id.warta.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evaluation on PFSA-ID dev (257 KOMPAS articles annotated for statement attribution; CC BY-NC-SA,
 * read in place, nothing derived from it ships). Each article's text is rebuilt from its tokens with
 * the quote marks mended, run through the article pipeline ({@link ArticlePipeline}: layout, entities,
 * quotes, summaries), and scored:
 * <ul>
 *   <li>gold quotes are the STATEMENT spans that carry quote marks; a found quote matches a gold
 *       one when their word overlap (Dice: 2|A∩B| / (|A|+|B|), lower-cased word tokens) is ≥ 0.6,
 *       pairing one to one, best overlap first;</li>
 *   <li>the gold speaker is the PERSON named with the statement's cue (after the span in its
 *       sentence, else before it); a PERSONCOREF is resolved to the earliest PERSON sharing a word
 *       with it, a pronoun or -nya cue to the latest PERSON before it. The found speaker is right
 *       when it is the gold name without its title words ({@code Presiden Joko Widodo} → {@code Joko
 *       Widodo});</li>
 *   <li>the dateline is right when it is the place before {@code , KOMPAS —} and the source KOMPAS.</li>
 * </ul>
 */
class PfsaQuoteEvaluationTest {
    record Token(String text, String label) {
        String tag() {
            int dash = label.indexOf('-');
            return dash < 0 ? "O" : label.substring(dash + 1);
        }

        boolean begins() {
            return label.startsWith("B-") || label.startsWith("U-");
        }
    }

    record Span(String tag, int start, int end) {
    }

    /** One article: its tokens in order, sentence starts, and labelled spans. */
    static final class Doc {
        final List<Token> tokens = new ArrayList<>();
        final List<Integer> sentenceStarts = new ArrayList<>();
        final List<Span> spans = new ArrayList<>();
    }

    static List<Doc> docs;
    /** The bar: 0.90 (0.901 reached on 2026-11-25, 0.908 on 2026-11-26). */
    static final double SPEAKER_FLOOR = 0.90;

    @BeforeAll
    static void load() throws Exception {
        Path file = SharedData.require("corpus/pfsa-id/dev.txt");
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) sentences.add(current);
                current = new ArrayList<>();
                continue;
            }
            String[] parts = line.split("\t");
            current.add(new Token(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "O"));
        }
        if (!current.isEmpty()) sentences.add(current);
        docs = new ArrayList<>();
        Doc doc = null;
        for (List<Token> s : sentences) {
            if (doc == null || opensArticle(s)) {
                doc = new Doc();
                docs.add(doc);
            }
            doc.sentenceStarts.add(doc.tokens.size());
            doc.tokens.addAll(s);
        }
        for (Doc d : docs) d.spans.addAll(spans(d.tokens));
    }

    /** A dateline sentence: {@code PLACE , KOMPAS —} within its first tokens. */
    static boolean opensArticle(List<Token> s) {
        for (int i = 1; i + 2 < s.size() && i <= 4; i++) {
            if (s.get(i).text().equals(",") && s.get(i + 1).text().equals("KOMPAS") && isDash(s.get(i + 2).text())) return true;
        }
        return false;
    }

    static boolean isDash(String t) {
        return t.equals("—") || t.equals("–") || t.equals("-");
    }

    static List<Span> spans(List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String tag = null;
        for (int i = 0; i <= tokens.size(); i++) {
            Token t = i < tokens.size() ? tokens.get(i) : new Token("", "O");
            boolean continues = tag != null && t.tag().equals(tag) && !t.begins();
            if (!continues && tag != null) {
                out.add(new Span(tag, start, i));
                tag = null;
            }
            if (tag == null && !t.tag().equals("O")) {
                tag = t.tag();
                start = i;
            }
        }
        return out;
    }

    // ------------------------------------------------------------ rebuilding text

    /** Paragraphs of readable text: marks mended, a new paragraph after each sentence outside a quote. */
    static List<String> paragraphs(Doc d) {
        boolean[] opening = new boolean[d.tokens.size()];
        int[] position = new int[d.tokens.size()];
        boolean open = false;
        for (int i = 0; i < d.tokens.size(); i++) {
            position[i] = i;
            if (!isMark(d.tokens.get(i).text())) continue;
            opening[i] = !open;
            open = !open;
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean quoteOpen = false;
        String carried = null;
        for (int s = 0; s < d.sentenceStarts.size(); s++) {
            int from = d.sentenceStarts.get(s);
            int to = s + 1 < d.sentenceStarts.size() ? d.sentenceStarts.get(s + 1) : d.tokens.size();
            StringBuilder sentence = new StringBuilder();
            if (carried != null) sentence.append('“');
            carried = null;
            boolean noSpace = carried == null && sentence.length() > 0;
            for (int i = from; i < to; i++) {
                String t = d.tokens.get(i).text();
                if (isMark(t)) {
                    boolean last = i == to - 1;
                    if (opening[i] && last) {
                        carried = "“";           // the corpus split left the opening mark on this sentence
                        quoteOpen = true;
                        continue;
                    }
                    if (opening[i]) {
                        if (sentence.length() > 0 && !noSpace) sentence.append(' ');
                        sentence.append('“');
                        noSpace = true;
                        quoteOpen = true;
                    } else {
                        sentence.append('”');
                        noSpace = false;
                        quoteOpen = false;
                    }
                    continue;
                }
                if (sentence.length() > 0 && !noSpace && !t.matches("[.,;:)!?%]+")) sentence.append(' ');
                sentence.append(t);
                noSpace = t.equals("(");
            }
            if (sentence.length() > 0 && sentence.charAt(0) == '“') {
                // no space after an opening mark carried over
            }
            if (paragraph.length() > 0) paragraph.append(' ');
            paragraph.append(sentence.toString().replace("“ ", "“"));
            if (!quoteOpen && carried == null) {
                paragraphs.add(paragraph.toString().strip());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) paragraphs.add(paragraph.toString().strip());
        return paragraphs;
    }

    static boolean isMark(String t) {
        return t.equals("”") || t.equals("“") || t.equals("\"");
    }

    private static final ArticlePipeline PIPELINE = new ArticlePipeline();

    static Article parse(Doc d) {
        List<Block> blocks = paragraphs(d).stream().map(Block::paragraph).toList();
        return PIPELINE.build(new Draft(null, null, null, null, null, blocks));
    }

    // ------------------------------------------------------------ gold

    record Gold(List<String> words, String speaker) {
    }

    static List<Gold> gold(Doc d) {
        List<Gold> out = new ArrayList<>();
        for (Span s : d.spans) {
            if (!s.tag().equals("STATEMENT")) continue;
            boolean quoted = false;
            for (int i = s.start(); i < s.end(); i++) quoted |= isMark(d.tokens.get(i).text());
            if (!quoted) continue;
            List<String> text = new ArrayList<>();
            for (int i = s.start(); i < s.end(); i++) text.add(d.tokens.get(i).text());
            out.add(new Gold(words(String.join(" ", text)), goldSpeaker(d, s)));
        }
        return out;
    }

    static int sentenceOf(Doc d, int token) {
        int s = 0;
        while (s + 1 < d.sentenceStarts.size() && d.sentenceStarts.get(s + 1) <= token) s++;
        return s;
    }

    static String goldSpeaker(Doc d, Span statement) {
        int sentence = sentenceOf(d, Math.max(statement.start(), statement.end() - 1));
        int sentenceEnd = sentence + 1 < d.sentenceStarts.size() ? d.sentenceStarts.get(sentence + 1) : d.tokens.size();
        int sentenceStart = d.sentenceStarts.get(sentenceOf(d, statement.start()));
        Span after = null;
        boolean cueCoref = false;
        for (Span s : d.spans) {
            if (s.start() < statement.end() || s.start() >= sentenceEnd) continue;
            if (s.tag().equals("STATEMENT")) break;
            if (s.tag().equals("CUECOREF")) cueCoref = true;
            if (s.tag().equals("PERSON") || s.tag().equals("PERSONCOREF")) {
                after = s;
                break;
            }
        }
        if (after == null && !cueCoref) {
            for (Span s : d.spans) {
                if (s.start() >= sentenceStart && s.end() <= statement.start()
                        && (s.tag().equals("PERSON") || s.tag().equals("PERSONCOREF"))) after = s;
            }
        }
        if (after == null) return cueCoref ? latestPerson(d, statement.start()) : null;
        if (after.tag().equals("PERSON")) return text(d, after);
        return resolveCoref(d, after);
    }

    static String resolveCoref(Doc d, Span coref) {
        List<String> words = words(text(d, coref));
        for (Span s : d.spans) {
            if (!s.tag().equals("PERSON") || s.start() >= coref.start()) continue;
            for (String w : words(text(d, s))) if (words.contains(w) && w.length() > 2) return text(d, s);
        }
        String holder = roleHolder(d, coref);
        if (holder != null) return holder;
        String out = null;
        for (Span s : d.spans) if (s.tag().equals("PERSON") && s.end() <= coref.start()) out = text(d, s);
        return out;
    }

    /** The person last named (PERSON) or referred to (PERSONCOREF, resolved) before a token. */
    static String latestPerson(Doc d, int before) {
        Span last = null;
        for (Span s : d.spans) {
            if ((s.tag().equals("PERSON") || s.tag().equals("PERSONCOREF")) && s.end() <= before) last = s;
        }
        if (last == null) return null;
        if (last.tag().equals("PERSON")) return text(d, last);
        return resolveCoref(d, last);
    }

    /**
     * A role used as a reference ({@code Presiden}, {@code Kapolda}) names whoever the text printed
     * with that role before it, annotated or not ({@code Presiden Joko Widodo}): the capitalised words
     * after the latest earlier occurrence of the role's words. Null when the text has none.
     */
    static String roleHolder(Doc d, Span coref) {
        int length = coref.end() - coref.start();
        // Names refer by a shared word (handled above); only a role word refers this way.
        if (Speakers.isNameToken(d.tokens.get(coref.start()).text())) return null;
        String holder = null;
        for (int i = 0; i + length < coref.start(); i++) {
            boolean same = true;
            for (int k = 0; k < length && same; k++) {
                same = d.tokens.get(i + k).text().equals(d.tokens.get(coref.start() + k).text());
            }
            if (!same) continue;
            List<String> name = new ArrayList<>();
            for (int j = i + length; j < coref.start() && name.size() < 8; j++) {
                String t = d.tokens.get(j).text();
                if (!Character.isUpperCase(t.codePointAt(0))) break;
                name.add(t);
            }
            if (!name.isEmpty()) holder = String.join(" ", name);
        }
        return holder;
    }

    static String text(Doc d, Span s) {
        List<String> t = new ArrayList<>();
        for (int i = s.start(); i < s.end(); i++) t.add(d.tokens.get(i).text());
        return String.join(" ", t);
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    static double dice(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : a) counts.merge(w, 1, Integer::sum);
        int shared = 0;
        for (String w : b) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                shared++;
                counts.put(w, c - 1);
            }
        }
        return a.isEmpty() && b.isEmpty() ? 1 : 2.0 * shared / (a.size() + b.size());
    }

    /** The found name is the gold name less its title words (Presiden, Kapolres, Dr.). */
    static boolean sameSpeaker(String found, String gold) {
        if (found == null || gold == null) return false;
        // Two names the gazetteer gives for one person (Jokowi, Joko Widodo) are the same speaker.
        var foundPerson = Gazetteer.standard().canonical(found, id.warta.model.EntityType.PERSON);
        if (foundPerson.isPresent() && foundPerson.equals(Gazetteer.standard().canonical(gold, id.warta.model.EntityType.PERSON))) {
            return true;
        }
        List<String> f = words(found);
        List<String> g = words(gold.replaceAll("\\(.*?\\)", " "));
        if (f.isEmpty() || !g.containsAll(f)) return false;
        for (String w : g) {
            if (f.contains(w)) continue;
            String original = null;
            for (String token : gold.split("\\s+")) if (token.toLowerCase(Locale.ROOT).equals(w)) original = token;
            if (original != null && Speakers.isNameToken(original)) return false;
        }
        return true;
    }

    /**
     * The corpus marks the statements of some speakers only (ordinary people quoted in a feature
     * are often left unlabelled), so an unmatched quote counts against precision when its speaker is
     * unknown or is a person the annotators did mark in that article; quotes by people the corpus
     * never marks cannot be judged and are reported apart (raw precision).
     */
    /** The paragraph a quote ends in, for reading failures. */
    static String context(Article a, Quote q) {
        String words = q.text().length() > 30 ? q.text().substring(q.text().length() - 30) : q.text();
        String body = a.bodyText();
        int at = body.indexOf(words);
        if (at < 0) return q.text();
        int from = Math.max(0, body.lastIndexOf("\n\n", at) + 2);
        int to = body.indexOf("\n\n", at);
        String paragraph = body.substring(from, to < 0 ? body.length() : to);
        return paragraph.length() > 400 ? "…" + paragraph.substring(paragraph.length() - 400) : paragraph;
    }

    static boolean annotatedPerson(Doc d, String speaker) {
        if (speaker == null) return true;
        List<String> name = words(speaker);
        for (Span s : d.spans) {
            if (!s.tag().equals("PERSON") && !s.tag().equals("PERSONCOREF")) continue;
            List<String> w = words(text(d, s));
            for (String n : name) if (n.length() > 2 && w.contains(n)) return true;
        }
        return false;
    }

    // ------------------------------------------------------------ the evaluation

    @Test
    void quotesAndSpeakers() {
        int goldCount = 0, foundCount = 0, matched = 0, speakerScored = 0, speakerRight = 0, unmatchedJudged = 0;
        boolean verbose = System.getProperty("warta.verbose") != null;
        for (Doc d : docs) {
            List<Gold> gold = gold(d);
            Article a = parse(d);
            List<Quote> found = a.quotes();
            goldCount += gold.size();
            foundCount += found.size();
            boolean[] used = new boolean[found.size()];
            for (Gold g : gold) {
                int best = -1;
                double bestScore = 0.6;
                for (int i = 0; i < found.size(); i++) {
                    if (used[i]) continue;
                    double score = dice(g.words(), words(found.get(i).text()));
                    if (score >= bestScore) {
                        best = i;
                        bestScore = score;
                    }
                }
                if (best < 0) {
                    if (verbose) System.out.println("MISSED  " + String.join(" ", g.words()));
                    continue;
                }
                used[best] = true;
                matched++;
                if (g.speaker() != null) {
                    speakerScored++;
                    if (sameSpeaker(found.get(best).speaker(), g.speaker())) speakerRight++;
                    else if (verbose) System.out.println("SPEAKER " + found.get(best).speaker() + " ≠ " + g.speaker()
                            + " | " + context(a, found.get(best)));
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (used[i]) continue;
                if (annotatedPerson(d, found.get(i).speaker())) unmatchedJudged++;
                if (verbose) System.out.println("EXTRA   " + found.get(i).speaker() + " | " + found.get(i).text());
            }
        }
        double recall = (double) matched / goldCount;
        double rawPrecision = (double) matched / foundCount;
        double precision = (double) matched / (matched + unmatchedJudged);
        double speakers = (double) speakerRight / speakerScored;
        System.out.printf(Locale.ROOT, "PFSA-ID dev quotes: %d articles, %d gold, %d found, %d matched: "
                        + "recall %.3f, raw precision %.3f, judged precision %.3f (%d unmatched by annotated or unknown "
                        + "speakers); speaker right %d/%d = %.3f%n",
                docs.size(), goldCount, foundCount, matched, recall, rawPrecision, precision, unmatchedJudged,
                speakerRight, speakerScored, speakers);
        assertTrue(recall >= 0.90, "recall " + recall);
        assertTrue(precision >= 0.90, "precision " + precision);
        // The bar for speakers is 0.90; the rules reach 0.901 (docs/plaintext-parser.md).
        assertTrue(speakers >= SPEAKER_FLOOR, "speaker " + speakers + " below " + SPEAKER_FLOOR);
    }

    @Test
    void datelines() {
        int total = 0, right = 0;
        for (Doc d : docs) {
            if (!opensArticle(d.tokens.subList(0, Math.min(8, d.tokens.size())))) continue;
            total++;
            List<String> place = new ArrayList<>();
            for (Token t : d.tokens) {
                if (t.text().equals(",")) break;
                place.add(t.text());
            }
            String expected = Dateline.titleCase(String.join(" ", place));
            Article a = parse(d);
            if (expected.equals(a.dateline()) && "KOMPAS".equals(a.source())) right++;
            else if (System.getProperty("warta.verbose") != null) System.out.println("DATELINE " + a.dateline() + "/" + a.source() + " ≠ " + expected);
        }
        double share = (double) right / total;
        System.out.printf(Locale.ROOT, "PFSA-ID dev datelines: %d/%d = %.3f%n", right, total, share);
        assertTrue(share >= 0.95, "dateline " + share);
    }
}
