package id.warta.app;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only http(s) links with a host are ever handed to the system browser. */
class LinkOpenerTest {
    @Test
    void opensOnlyWebLinks() {
        assertTrue(LinkOpener.isOpenable("https://www.antaranews.com/berita/123/putin"));
        assertTrue(LinkOpener.isOpenable("HTTP://kompas.com/read/1"));
        assertFalse(LinkOpener.isOpenable("javascript:alert(1)"));
        assertFalse(LinkOpener.isOpenable("file:///etc/passwd"));
        assertFalse(LinkOpener.isOpenable("ftp://example.org/a"));
        assertFalse(LinkOpener.isOpenable("https:///no-host"));
        assertFalse(LinkOpener.isOpenable("not a url at all"));
        assertFalse(LinkOpener.isOpenable(null));
    }

    @Test
    void labelsALinkByItsHost() {
        assertEquals("www.antaranews.com", LinkOpener.label("https://www.antaranews.com/berita/123"));
    }
}
