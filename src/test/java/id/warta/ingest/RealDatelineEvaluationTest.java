package id.warta.ingest;

import id.warta.ingest.layout.ArticleLayout;

import id.warta.ingest.layout.Draft;
import id.warta.ingest.layout.Block;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.SharedData;
import id.warta.model.Article;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Headline, dateline and source on real articles (read in place from ../shared, skipped without it).
 * <ul>
 *   <li>news-pages: each page's {@code title} line, a blank line, then its {@code content}
 *       paragraphs separated by blank lines, read by {@link PlainTextReader}. Gold: the headline
 *       is the title; datelines and printed outlets were read off each page by hand (below).</li>
 *   <li>IndoSum fold-1 dev (750 articles): paragraphs rebuilt from tokens, given to
 *       {@link ArticleLayout} as a draft with no headline (as an HTML reader would). Gold comes
 *       from the article's {@code source} field: the outlet is printed when one of its names stands
 *       before the first dash of the first sentence, and the dateline is the first place segment
 *       before that dash (an outlet the metadata does not name counts when printed with a domain
 *       suffix or in brackets: {@code BOLASPORT.COM -}, {@code Malang (Kabarpas.com) –}); a body
 *       that opens without a dash in its first ten tokens has neither.</li>
 * </ul>
 */
class RealDatelineEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * file → {dateline, outlet}, read off the pages by hand; null where the page prints none. The outlet is
     * the name readers know it by (REPUBLIKA.CO.ID is Republika), as the registry names it.
     */
    private static final Map<String, String[]> PAGES = Map.ofEntries(
            Map.entry("antara/antara-singlepage.html", new String[]{"Mataram", "ANTARA"}),
            Map.entry("antara/antara-singlepage2.html", new String[]{"Bandarlampung", "ANTARA"}),
            Map.entry("antara/antara-singlepage4.html", new String[]{"Jakarta", "ANTARA"}),
            Map.entry("detik/detik-singlepage.html", new String[]{"Jakarta", null}),
            Map.entry("kapanlagi/kapanlagi-singlepage.html", new String[]{null, null}),
            Map.entry("kapanlagi/kapanlagi-singlepage2.html", new String[]{null, null}),
            Map.entry("kompas/kompas-singlepage.html", new String[]{null, null}),
            Map.entry("kompas/kompas-singlepage2.html", new String[]{"Jakarta", "KOMPAS.com"}),
            Map.entry("kompas/kompas-singlepage4.html", new String[]{null, null}),
            Map.entry("liputan6/liputan6-singlepage.html", new String[]{null, null}),
            Map.entry("liputan6/liputan6-singlepage2.html", new String[]{null, null}),
            Map.entry("okezone/okezone-singlepage.html", new String[]{null, null}),
            Map.entry("republika/republika-singlepage.html", new String[]{"Jakarta", "Republika"}),
            Map.entry("republika/republika-singlepage2.html", new String[]{"Jakarta", "Republika"}));

    @Test
    void newsPages() throws Exception {
        JsonNode pages = JSON.readTree(Files.readString(SharedData.require("corpus/news-pages/expected.json")));
        int total = 0, headlines = 0, datelines = 0, sources = 0;
        for (JsonNode page : pages) {
            String file = page.get("file").asText();
            String[] gold = PAGES.get(file);
            if (gold == null) continue;
            total++;
            String text = page.get("title").asText() + "\n\n" + String.join("\n\n", page.get("content").asText().split("\n"));
            Article a = new ArticleLayout().layOut(new PlainTextReader().read(text, file));
            if (page.get("title").asText().strip().equals(a.headline())) headlines++;
            if (Objects.equals(gold[0], a.dateline())) datelines++;
            else System.out.println("news-pages dateline " + file + ": " + a.dateline() + " ≠ " + gold[0]);
            if (Objects.equals(gold[1], a.source())) sources++;
            else System.out.println("news-pages source " + file + ": " + a.source() + " ≠ " + gold[1]);
        }
        System.out.printf(Locale.ROOT, "news-pages (%d): headline %d, dateline %d, source %d right%n",
                total, headlines, datelines, sources);
        assertTrue(total == PAGES.size());
        assertTrue(headlines >= 0.95 * total && datelines >= 0.95 * total && sources >= 0.95 * total);
    }

    /** The outlet's printed names per IndoSum {@code source}, as keys (lower case, letters and digits). */
    private static final Map<String, List<String>> OUTLET_NAMES = Map.of(
            "cnn indonesia", List.of("cnnindonesia"), "antaranews", List.of("antara", "antaranews"),
            "juara.net", List.of("juaranet", "juara"), "merdeka", List.of("merdekacom", "merdeka"),
            "poskotanews", List.of("poskota"), "rimanews", List.of("rimanews"), "suara", List.of("suaracom", "suara"),
            "kumparan", List.of("kumparan", "kumparancom"), "dailysocial.id", List.of("dailysocial", "dailysocialid"),
            "goal indonesia", List.of("goal", "goalcom", "goalindonesia"));
    /**
     * The name readers know each IndoSum {@code source} by, written here by hand (not read from the
     * registry), so the test checks that every printed form of an outlet comes out as that one name.
     */
    private static final Map<String, String> READERS_NAME = Map.of(
            "cnn indonesia", "CNN Indonesia", "antaranews", "ANTARA", "juara.net", "JUARA", "merdeka", "Merdeka.com",
            "poskotanews", "Pos Kota", "rimanews", "Rimanews", "suara", "Suara.com", "kumparan", "kumparan",
            "dailysocial.id", "DailySocial", "goal indonesia", "Goal Indonesia");

    @Test
    void indoSum() throws Exception {
        Path file = SharedData.require("corpus/indosum/dev.01.jsonl");
        int total = 0, datelines = 0, sources = 0, both = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode article = JSON.readTree(line);
            List<String> paragraphs = new ArrayList<>();
            for (JsonNode p : article.get("paragraphs")) paragraphs.add(detokenise(p));
            List<String> first = tokens(article.get("paragraphs").get(0).get(0));
            String outlet = article.get("source").asText();
            String[] gold = gold(first, OUTLET_NAMES.getOrDefault(outlet, List.of()), READERS_NAME.get(outlet));
            List<Block> blocks = paragraphs.stream().map(Block::paragraph).toList();
            Article a = new ArticleLayout().layOut(new Draft(null, null, null, null, null, blocks));
            total++;
            boolean dateline = Objects.equals(gold[0], a.dateline());
            boolean source = gold[1] == null ? a.source() == null : a.source() != null && key(a.source()).equals(gold[1]);
            if (dateline) datelines++;
            if (source) sources++;
            if (dateline && source) both++;
            if ((!dateline || !source || "all".equals(System.getProperty("warta.verbose"))) && System.getProperty("warta.verbose") != null) {
                System.out.println("indosum " + a.dateline() + "/" + a.source() + " ≠ " + gold[0] + "/" + gold[1] + " | "
                        + paragraphs.get(0).substring(0, Math.min(80, paragraphs.get(0).length())));
            }
        }
        System.out.printf(Locale.ROOT, "IndoSum dev.01 (%d): dateline %.3f, source %.3f, both %.3f%n",
                total, (double) datelines / total, (double) sources / total, (double) both / total);
        assertTrue(datelines >= 0.95 * total && sources >= 0.95 * total);
    }

    /**
     * {dateline, outlet key} for a first sentence, from the outlet names the metadata gives: the key of the
     * name readers know the metadata's outlet by when one of its names is printed, else the key of the name
     * printed (an outlet the metadata does not name, printed with a web suffix or in brackets).
     */
    static String[] gold(List<String> printed, List<String> outletNames, String readersName) {
        // A word in capitals touching its dash ("SPANYOL–") is the word, then the dash.
        List<String> tokens = new ArrayList<>();
        for (String t : printed) {
            if (tokens.isEmpty() && t.matches("\\p{Lu}[\\p{Lu}.]+[-–—]")) {
                tokens.add(t.substring(0, t.length() - 1));
                tokens.add(t.substring(t.length() - 1));
            } else {
                tokens.add(t);
            }
        }
        int dash = -1;
        for (int i = 0; i < Math.min(10, tokens.size()); i++) {
            String after = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            boolean opensText = tokens.get(i).matches("[-–—]+") && !after.isEmpty() && !Character.isDigit(after.charAt(0))
                    && !Character.isLowerCase(after.charAt(0));
            if (opensText || tokens.get(i).matches("[-–—]\\p{Lu}.*")) {
                dash = i;
                break;
            }
        }
        if (dash <= 0) return new String[]{null, null};
        String outlet = null;
        String place = null;
        List<String> segment = new ArrayList<>();
        boolean inBrackets = false;
        for (int i = 0; i <= dash; i++) {
            String t = i == dash ? "," : tokens.get(i);
            if (t.equals(",") || t.equals("(") || t.equals(")")) {
                String joined = String.join(" ", segment);
                String k = key(joined);
                boolean printedOutlet = outletNames.stream().anyMatch(n -> n.equals(k) || k.startsWith(n))
                        || joined.matches("(?i)\\S+\\.(com|net|co\\.id|co|id)") || (inBrackets && !segment.isEmpty());
                if (printedOutlet && outlet == null) outlet = k;
                else if (!segment.isEmpty() && place == null && !inBrackets && !joined.matches(".*\\d.*")
                        && segment.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) place = joined;
                segment.clear();
                if (t.equals("(")) inBrackets = true;
                if (t.equals(")")) inBrackets = false;
                continue;
            }
            segment.add(t);
        }
        if (outlet == null && place == null) return new String[]{null, null};
        return new String[]{place == null ? null : titleCase(place), outlet == null ? null : canonicalKey(outlet, outletNames, readersName)};
    }

    /** The printed outlet's key as readers name it: the metadata's outlet under its one name (every ANTARA form is ANTARA). */
    private static String canonicalKey(String printed, List<String> names, String readersName) {
        boolean metadataOutlet = names.stream().anyMatch(n -> n.equals(printed) || printed.startsWith(n));
        return metadataOutlet && readersName != null ? key(readersName) : printed;
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) return place;
        StringBuilder out = new StringBuilder();
        for (String w : place.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    private static List<String> tokens(JsonNode sentence) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : sentence) out.add(t.asText().replace('\u00A0', ' ').strip());
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * Readable text from IndoSum tokens: no space before {@code . , ; : ) ” ? !}, none after
     * {@code ( “}; a split hyphen is mended where it joins a word ({@code baru - baru} →
     * {@code baru-baru}, {@code ke - 490}) and {@code - -} becomes {@code --}.
     */
    static String detokenise(JsonNode paragraph) {
        List<String> words = new ArrayList<>();
        for (JsonNode sentence : paragraph) words.addAll(tokens(sentence));
        StringBuilder out = new StringBuilder();
        boolean glue = true;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            String prev = i > 0 ? words.get(i - 1) : "";
            if (w.equals("-") && next.equals("-")) {
                out.append(" --");
                i++;
                glue = false;
                continue;
            }
            boolean joinsWord = w.equals("-") && !prev.isEmpty() && !next.isEmpty()
                    && (Character.isLowerCase(next.charAt(0)) || Character.isDigit(next.charAt(0))
                    || next.equalsIgnoreCase(prev)) && Character.isLetterOrDigit(prev.charAt(prev.length() - 1));
            if (joinsWord) {
                out.append('-');
                glue = true;
                continue;
            }
            if (!glue && !w.matches("[.,;:)”?!%]+")) out.append(' ');
            out.append(w);
            glue = w.equals("(") || w.equals("“");
        }
        return out.toString().strip();
    }
}
