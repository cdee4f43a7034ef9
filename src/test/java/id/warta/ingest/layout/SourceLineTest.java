package id.warta.ingest.layout;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Source and copyright lines, and the rule that only an outlet is a source. */
class SourceLineTest {
    @Test
    void aSourceLineNamesAnOutletOrNothing() {
        assertEquals(Optional.of("Antara"), SourceLine.named("Sumber: Antara"));
        assertEquals(Optional.of(""), SourceLine.named("Sumber :"), "the seed's block: the name follows");
        assertEquals("ANTARA", SourceLine.withoutBullet("  • ANTARA"));
        assertEquals(Optional.of("ANTARA"), SourceLine.outlet("Antara"));
        assertEquals(Optional.of("Kabarpas.com"), SourceLine.outlet("Kabarpas.com"), "an unknown outlet printed as an address");
        assertEquals(Optional.of("Harian Timur"), SourceLine.outlet("Harian Timur"), "an unknown outlet named as one");
        assertEquals(Optional.empty(), SourceLine.outlet("Pemerintah Kota Taipei"), "a release's issuer");
        assertEquals(Optional.empty(), SourceLine.outlet("Humas Pemerintah Kota Taipei Media Center"), "a body's press office");
        assertEquals(Optional.empty(), SourceLine.outlet("PT Astra International Tbk"));
        assertEquals(Optional.empty(), SourceLine.outlet("twitter @tabloidbola"), "an embedded post's credit");
        assertEquals(Optional.empty(), SourceLine.outlet("VentureBeat."), "a name alone is no evidence of an outlet");
    }

    @Test
    void aCopyrightLineNamesItsOutlet() {
        assertEquals(Optional.of("ANTARA"), SourceLine.copyrightOutlet("Copyright © ANTARA 2025"));
        assertEquals(Optional.of("ANTARA"), SourceLine.copyrightOutlet("COPYRIGHT © ANTARA 2024"));
        assertEquals(Optional.of("KOMPAS.com"), SourceLine.copyrightOutlet("© 2024 Kompas.com. All rights reserved."));
        assertEquals(Optional.of("Tempo"), SourceLine.copyrightOutlet("Hak Cipta © 2008-2024 Tempo.co"));
        assertEquals(Optional.empty(), SourceLine.copyrightOutlet("Copyright foto oleh panitia acara"));
        assertEquals(Optional.empty(), SourceLine.copyrightOutlet("Editor: Budi"));
    }
}
