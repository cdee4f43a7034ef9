package id.warta.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.SharedData;
import id.warta.ingest.layout.ArticleLayout;
import id.warta.ingest.layout.Block;
import id.warta.ingest.layout.Draft;
import id.warta.model.Article;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The date a lead prints ({@code Jumat (8/9/2017)}, {@code Senin (7/3)}) against the day the article was
 * published, on IndoSum fold-1 dev (read in place from ../shared, skipped without it). The corpus has no
 * publication date, but about half its addresses carry one ({@code /2017/09/06/}, {@code 20170608134411}):
 * that day is the gold. Each article is laid out as a copied body without a headline or date line, saved
 * (its file's date) on the day its address gives: a lead printing day and month only takes its year from
 * there, as it would from a file saved then. That is the best case (a lead date after the file's date is a
 * preview and passed over), so the figures are printed again for files saved 30 days after publication.
 * A lead's event may fall the day before publication ("kemarin"), so the bar is the issue's: within a day.
 */
class LeadDateEvaluationTest {
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d\\d)/(\\d\\d)/(\\d\\d)/|/(20\\d\\d)(\\d\\d)(\\d\\d)\\d{6}-");
    private static final Pattern FULL_YEAR = Pattern.compile("\\(\\s*\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{2,4}\\s*\\)");

    @Test
    void leadDatesFallWithinADayOfPublication() throws Exception {
        int[] sameDay = score(0);
        int[] monthLater = score(30);
        assertTrue(sameDay[0] > 0 && sameDay[1] >= 0.9 * sameDay[0], sameDay[1] + "/" + sameDay[0]);
        assertTrue(sameDay[2] > 0 && sameDay[3] >= 0.9 * sameDay[2], sameDay[3] + "/" + sameDay[2]);
        assertTrue(monthLater[1] >= 0.9 * monthLater[0], monthLater[1] + "/" + monthLater[0]);
    }

    /** {full-year leads dated, of them within a day, day-and-month leads dated, of them within a day}. */
    private static int[] score(int savedDaysLater) throws Exception {
        Path file = SharedData.require("corpus/indosum/dev.01.jsonl");
        ObjectMapper json = new ObjectMapper();
        ArticleLayout layout = new ArticleLayout();
        int withUrlDate = 0, dated = 0, fullYear = 0, fullYearRight = 0, dayMonth = 0, dayMonthRight = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode doc = json.readTree(line);
            LocalDate gold = urlDate(doc.get("source_url").asText());
            if (gold == null) continue;
            withUrlDate++;
            List<Block> blocks = new ArrayList<>();
            for (JsonNode p : doc.get("paragraphs")) blocks.add(Block.paragraph(RealDatelineEvaluationTest.detokenise(p)));
            Article a = layout.layOut(new Draft(null, null, null, null, null, null, blocks, gold.plusDays(savedDaysLater)));
            if (a.published() == null) continue;
            dated++;
            boolean right = Math.abs(ChronoUnit.DAYS.between(gold, LocalDate.parse(a.published()))) <= 1;
            boolean full = FULL_YEAR.matcher(a.sections().get(0).paragraphs().get(0)).find();
            if (full) {
                fullYear++;
                if (right) fullYearRight++;
            } else {
                dayMonth++;
                if (right) dayMonthRight++;
            }
            if (!right && System.getProperty("warta.verbose") != null) {
                System.out.println("lead date " + a.published() + " ≠ " + gold + " | " + a.sections().get(0).paragraphs().get(0));
            }
        }
        System.out.printf(Locale.ROOT, "IndoSum dev.01, files saved %d days after publication: %d articles dated by their"
                        + " address; %d got a date from the lead: Hari (d/m/yyyy) %d/%d within a day, Hari (d/m) %d/%d within a day%n",
                savedDaysLater, withUrlDate, dated, fullYearRight, fullYear, dayMonthRight, dayMonth);
        return new int[]{fullYear, fullYearRight, dayMonth, dayMonthRight};
    }

    private static LocalDate urlDate(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return null;
        int g = m.group(1) != null ? 1 : 4;
        try {
            return LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)), Integer.parseInt(m.group(g + 2)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
