package id.warta.ingest;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates as Indonesian pages print them and as their metadata writes them. */
class PrintedDateTest {
    @Test
    void readsPrintedDatesWithTheirZones() {
        assertEquals("2015-11-05T14:56+07:00", printed("Kamis, 5 November 2015 14:56 WIB | 1.229 Views"));
        assertEquals("2016-02-23T15:32+07:00", printed("Selasa, 23/02/2016 15:32 WIB"));
        assertEquals("2016-02-16T09:10+07:00", printed("on 16 Feb 2016 at 09:10 WIB"));
        assertEquals("2015-11-04T21:04+07:00", printed("Rabu, 4 November 2015 | 21:04 WIB"));
        assertEquals("2015-11-05T15:56+07:00", printed("Kamis, 5 November 2015 - 15:56 wib"));
        assertEquals("2024-05-15T19:45+08:00", printed("Rabu, 15 Mei 2024 pukul 19.45 WITA"));
        assertEquals("2025-08-18T10:15+09:00", printed("Senin, 18 Agustus 2025 10:15 WIT"));
        assertEquals("2016-02-15T16:15+07:00", printed("Senin, 15 Februari 2016, 16:15 WIB"));
        assertEquals("2015-11-05T11:52+07:00", printed("Kamis, 05 November 2015 11:52"), "no zone printed: WIB");
        assertEquals("2025-03-04T08:20+07:00", printed("Selasa, 4 Mar 2025 08:20 WIB"));
    }

    @Test
    void ignoresDatesWithoutATimeAndImpossibleDates() {
        assertTrue(PrintedDate.findPrinted("Rabu, 4 November 2015").isEmpty());
        assertTrue(PrintedDate.findPrinted("Senin (21/2/2022) pagi").isEmpty());
        assertTrue(PrintedDate.findPrinted("31 Februari 2016 10:00 WIB").isEmpty());
    }

    @Test
    void readsMachineTimestampsLeniently() {
        assertEquals("2015-11-05T14:56:43+07:00", machine("2015-11-05T14:56:43+07:00"));
        assertEquals("2015-11-05T10:08:58Z", machine("2015-11-05 T10:08:58Z"));
        assertEquals("2016-02-16T09:10:56+07:00", machine("2016-02-16 09:10:56"));
        assertEquals("2025-03-04T01:20Z", machine("2025-03-04T01:20Z"));
        assertTrue(PrintedDate.parseMachine("kemarin").isEmpty());
    }

    @Test
    void settlesMachineAndPrintedTimes() {
        // Same wall-clock minute, different zones: the page labelled local time as UTC.
        assertEquals("2015-11-05T10:08:58+07:00", settle("2015-11-05T10:08:58Z", "Kamis, 05/11/2015 10:08 WIB"));
        // Same moment: the machine's seconds, in the printed zone.
        assertEquals("2016-02-16T09:10:56+07:00", settle("2016-02-16T02:10:56Z", "16 Feb 2016 at 09:10 WIB"));
        // Only one of them.
        assertEquals("2016-02-23T15:06+07:00", settle(null, "Selasa, 23 Februari 2016 15:06 WIB"));
        assertEquals("2016-02-16T02:10:56Z", settle("2016-02-16T02:10:56Z", "tanpa tanggal"));
    }

    private static String printed(String text) {
        return PrintedDate.findPrinted(text).map(OffsetDateTime::toString).orElse("none");
    }

    private static String machine(String text) {
        return PrintedDate.parseMachine(text).map(OffsetDateTime::toString).orElse("none");
    }

    private static String settle(String machine, String printed) {
        Optional<OffsetDateTime> m = PrintedDate.parseMachine(machine);
        return PrintedDate.settle(m, PrintedDate.findPrinted(printed)).map(OffsetDateTime::toString).orElse("none");
    }
}
