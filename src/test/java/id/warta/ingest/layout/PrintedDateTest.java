package id.warta.ingest.layout;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every date form the one date reader knows, printed and machine-written, and the one zone rule. */
class PrintedDateTest {
    @Test
    void readsDatesPrintedWithATimeAnywhereInAByLine() {
        assertEquals("2015-11-05T14:56:00+07:00", found("Kamis, 5 November 2015 14:56 WIB | 1.229 Views"));
        assertEquals("2016-02-23T15:32:00+07:00", found("Selasa, 23/02/2016 15:32 WIB"));
        assertEquals("2016-02-16T09:10:00+07:00", found("on 16 Feb 2016 at 09:10 WIB"));
        assertEquals("2015-11-04T21:04:00+07:00", found("Rabu, 4 November 2015 | 21:04 WIB"));
        assertEquals("2015-11-05T15:56:00+07:00", found("Kamis, 5 November 2015 - 15:56 wib"));
        assertEquals("2024-05-15T19:45:00+08:00", found("Rabu, 15 Mei 2024 pukul 19.45 WITA"));
        assertEquals("2025-08-18T10:15:00+09:00", found("Senin, 18 Agustus 2025 10:15 WIT"));
        assertEquals("2016-02-15T16:15:00+07:00", found("Senin, 15 Februari 2016, 16:15 WIB"));
        assertEquals("2025-03-04T08:20:00+07:00", found("Selasa, 4 Mar 2025 08:20 WIB"));
        assertEquals("2023-11-02T22:02:00+07:00", found("02/11/2023, 22:02 WIB"), "KOMPAS.com today");
        assertEquals("2023-11-02T16:00:35+07:00", found("Kamis, 2 November 2023 16:00:35 WIB"));
        assertEquals("2020-05-04T04:25:00+07:00", found("Senin, 4 Mei 2020 04:25 WIB"), "Tribunnews");
    }

    @Test
    void aTimeWithoutAZoneIsWibInTextAndOnPagesAlike() {
        assertEquals("2015-11-05T11:52:00+07:00", found("Kamis, 05 November 2015 11:52"));
        assertEquals("2015-11-05T11:52:00+07:00", line("Kamis, 05 November 2015 11:52"));
        assertEquals("2026-01-20T18:30:00+07:00", found(" 20/1/2026 18:30"), "Media Indonesia prints no zone");
        assertEquals("2026-01-20T18:30:00+08:00",
                PrintedDate.find("20/1/2026 18:30").orElseThrow().inZone(PrintedDate.WITA).iso(),
                "unless the page says WITA");
    }

    @Test
    void readsAWholeLineAsOneDate() {
        assertEquals("2025-08-18T10:15:00+07:00", line("Senin, 18 Agustus 2025 10:15 WIB"));
        assertEquals("2025-08-18T10:15:00+07:00", line("18/08/2025, 10:15 WIB"));
        assertEquals("2016-02-23T15:32:00+08:00", line("Selasa, 23/02/2016 15:32 WITA"));
        assertEquals("2025-08-18T10:15:00+07:00", line("Diterbitkan: Senin, 18 Agustus 2025 10:15 WIB"));
        assertEquals("2025-08-18T03:15:00Z", line("18 Agustus 2025 03:15 GMT"));
        assertEquals("2025-08-18T10:15:00+07:00", line("18 Agustus 2025 10:15 GMT+7"));
        assertEquals("2024-06-21T09:00:00+07:00", line("Jum'at, 21 Juni 2024 09.00 WIB"));
        assertEquals("2016-02-23", line("23 Februari 2016"), "a date alone stays a date");
        assertEquals("2025-08-18", line("18/8/2025"));
        assertEquals("2016-02-23", line("23/02/16"));
        assertEquals("none", line("Pemerintah Turki menawarkan diri pada 23 Februari 2016."), "prose is no date line");
        assertEquals("none", line("31 Februari 2016"));
    }

    @Test
    void ignoresDatesWithoutATimeAndImpossibleDatesInRunningText() {
        assertTrue(PrintedDate.find("Rabu, 4 November 2015").isEmpty());
        assertTrue(PrintedDate.find("Senin (21/2/2022) pagi").isEmpty());
        assertTrue(PrintedDate.find("31 Februari 2016 10:00 WIB").isEmpty());
        assertTrue(PrintedDate.find("sejak 21/2/2022 10.000 orang mengungsi").isEmpty());
    }

    @Test
    void readsMachineTimestampsLeniently() {
        assertEquals("2015-11-05T14:56:43+07:00", machine("2015-11-05T14:56:43+07:00"));
        assertEquals("2015-11-05T10:08:58Z", machine("2015-11-05 T10:08:58Z"));
        assertEquals("2016-02-16T09:10:56+07:00", machine("2016-02-16 09:10:56"), "no offset: WIB");
        assertEquals("2025-03-04T01:20:00Z", machine("2025-03-04T01:20Z"));
        assertEquals("2023-11-02T14:34:19Z", machine("2023-11-02T14:34:19+0000"));
        assertEquals("2024-05-01T10:00:00+07:00", machine("2024-05-01T10:00:00.500"));
        assertEquals("2023-11-02", machine("2023-11-02T20-59-53Z"), "detik's broken pubdate keeps its date");
        assertTrue(PrintedDate.machine("kemarin").isEmpty());
    }

    @Test
    void settlesMachineAndPrintedTimes() {
        // Same wall-clock minute, different zones: the page labelled local time as UTC.
        assertEquals("2015-11-05T10:08:58+07:00", settle("2015-11-05T10:08:58Z", "Kamis, 05/11/2015 10:08 WIB"));
        // The same with seconds printed: a 16:00 WIB story was once moved to 23:00 WIB.
        assertEquals("2023-11-02T16:00:35+07:00", settle("2023-11-02T16:00:35Z", "Kamis, 2 November 2023 16:00:35 WIB"));
        // Same moment: the machine's seconds, in the printed zone.
        assertEquals("2016-02-16T09:10:56+07:00", settle("2016-02-16T02:10:56Z", "16 Feb 2016 at 09:10 WIB"));
        // A machine time without an offset is local time, in the printed zone.
        assertEquals("2024-05-15T19:45:10+08:00", settle("2024-05-15 19:45:10", "Rabu, 15 Mei 2024 pukul 19.45 WITA"));
        // KOMPAS.com writes UTC and prints WIB: the same moment.
        assertEquals("2023-11-02T21:34:19+07:00", settle("2023-11-02T14:34:19+00:00", "02/11/2023, 21:34 WIB"));
        // Only one of them.
        assertEquals("2016-02-23T15:06:00+07:00", settle(null, "Selasa, 23 Februari 2016 15:06 WIB"));
        assertEquals("2016-02-16T02:10:56Z", settle("2016-02-16T02:10:56Z", "tanpa tanggal"), "an offset written is kept");
        // A machine date without a time gives way to a printed time.
        assertEquals("2016-02-23T15:06:00+07:00", settle("2016-02-23", "Selasa, 23 Februari 2016 15:06 WIB"));
    }

    @Test
    void readsTheEventDatePrintedInTheLead() {
        LocalDate march2025 = LocalDate.of(2025, 3, 10);
        assertEquals("2017-09-08", lead("Jakarta - Presiden tiba di Bogor, Jumat (8/9/2017), untuk rapat.", march2025));
        assertEquals("2017-09-08", lead("Presiden tiba di Bogor, Jum'at (8/9/17).", march2025));
        assertEquals("2025-03-07", lead("Polisi menangkap dua orang pada Jumat (7/3) malam.", march2025));
        // A December story imported in January: the printed weekday says which year.
        assertEquals("2024-12-30", lead("Warga berkumpul Senin (30/12) sore.", LocalDate.of(2025, 1, 3)));
        // The weekday does not fit the year before either: the reference's year still dates it.
        assertEquals("2025-03-07", lead("Polisi menangkap dua orang pada Senin (7/3) malam.", march2025));
        // Never forward: Minggu (20/1) read in January 2018 is 2018 though 20/1/2019 was the Sunday.
        assertEquals("2018-01-20", lead("Konser digelar pada Minggu (20/1).", LocalDate.of(2018, 1, 22)));
        // Several days in one lead: the latest; earlier ones are background, later than the reference a preview.
        assertEquals("2016-11-24", lead("Ajakan pada Senin (31/10/2016) disinggung Jokowi, Kamis (24/11/2016).",
                LocalDate.of(2016, 11, 24)));
        assertEquals("2017-05-22", lead("Tes digelar Senin (22 / 5) dan tes kesehatan Selasa (23 / 5).",
                LocalDate.of(2017, 5, 22)), "printed with spaces, and a later day is a preview");
        assertEquals("none", lead("Skor akhir 2-1 (8/9) tidak berubah.", march2025), "a weekday must be printed");
        assertEquals("none", lead("Polisi menangkap dua orang pada Senin (7/3) malam.", null), "no year, no date");
        assertEquals("none", lead("Final digelar Sabtu (3/6/2017) di Cardiff.", LocalDate.of(2017, 5, 30)), "a preview");
    }

    @Test
    void namesTheZoneAPagePrints() {
        assertEquals(Optional.of(PrintedDate.WITA), PrintedDate.zoneNamed("Diperbarui 10.00 WITA"));
        assertEquals(Optional.of(PrintedDate.WIT), PrintedDate.zoneNamed("08:00 WIT"));
        assertEquals(Optional.empty(), PrintedDate.zoneNamed("WITAN"));
    }

    private static String found(String text) {
        return PrintedDate.find(text).map(PrintedDate::iso).orElse("none");
    }

    private static String line(String text) {
        return PrintedDate.line(text).map(PrintedDate::iso).orElse("none");
    }

    private static String machine(String text) {
        return PrintedDate.machine(text).map(PrintedDate::iso).orElse("none");
    }

    private static String lead(String text, LocalDate hint) {
        return PrintedDate.inLead(text, hint).map(LocalDate::toString).orElse("none");
    }

    private static String settle(String machine, String printed) {
        return PrintedDate.settle(PrintedDate.machine(machine), PrintedDate.find(printed)).map(PrintedDate::iso).orElse("none");
    }
}
