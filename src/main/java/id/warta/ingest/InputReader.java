package id.warta.ingest;

import id.warta.ingest.layout.Draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the reader for one input (a file path or a link) and returns its Draft.
 * The one place that knows which input kinds exist: http(s) links are fetched and read as HTML;
 * files are read as HTML, Warta article JSON or plain text. The content decides when it is clear
 * (a page saved as .txt is still HTML); the extension decides otherwise.
 */
public final class InputReader {
    /** Larger files are not articles (a saved page with inlined images is still far below this). */
    static final long MAX_FILE_BYTES = InputBytes.DEFAULT_MAX_BYTES;
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title)\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** RSS, RDF and Atom documents: a saved feed lists articles, it is not one (docs/feeds.md). */
    private static final Pattern FEED_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*|<\\?[^>]*>\\s*|<!doctype[^>]*>\\s*)*<(rss|feed|rdf:rdf)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern URL_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    private static final int SNIFF_CHARS = 2048;

    private final PlainTextReader plainText = new PlainTextReader();
    private final HtmlReader html = new HtmlReader();
    private final JsonArticleReader json = new JsonArticleReader();
    private final PageFetcher fetcher;

    public InputReader() {
        this(new PageFetcher());
    }

    InputReader(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    enum Kind { HTML, JSON, TEXT, FEED }

    public Draft read(String input) throws InputException {
        if (input == null || input.isBlank()) throw new InputException(String.valueOf(input), "no file or link given");
        if (ImportBatch.isLink(input)) {
            PageFetcher.Page page = fetcher.fetch(input);
            Draft draft = html.read(page.body(), page.charset(), input, page.url());
            return draft.url() != null ? draft : draft.withUrl(page.url());
        }
        if (URL_SCHEME.matcher(input).matches()) throw new InputException(input, "only http and https links can be fetched");
        return readFile(input);
    }

    private Draft readFile(String input) throws InputException {
        Path path = Path.of(input);
        if (!Files.exists(path)) throw new InputException(input, "no such file");
        if (Files.isDirectory(path)) throw new InputException(input, "is a folder, not a file");
        // Size limit, empty and binary files: see InputBytes. Text encodings: see TextDecoding.
        byte[] bytes = InputBytes.configured().read(path, input);
        Draft draft = switch (kindOf(path.getFileName().toString(), bytes)) {
            case HTML -> html.read(bytes, null, input, null);
            case JSON -> json.read(TextDecoding.decode(bytes), input);
            case TEXT -> plainText.read(TextDecoding.decode(bytes), input);
            case FEED -> throw new InputException(input, "a news feed (RSS or Atom), not an article; "
                    + "to follow it, subscribe to its address: warta feeds add URL");
        };
        return draft.withFiled(filedOn(path));
    }

    /** What a file holds: markup or JSON at its start settles it; else its extension; else plain text. */
    static Kind kindOf(String fileName, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_CHARS), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.substring(3);
        if (HTML_START.matcher(head).find()) return Kind.HTML;
        if (FEED_START.matcher(head).find()) return Kind.FEED;
        String start = head.stripLeading();
        if (start.startsWith("{") || start.startsWith("[{")) return Kind.JSON;
        String name = fileName.toLowerCase(Locale.ROOT);
        if ((name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) && start.startsWith("<")) {
            return Kind.HTML;
        }
        return Kind.TEXT;
    }

    /** The day the file was last saved, which dates a lead printing only day and month; null if unknown. */
    private static java.time.LocalDate filedOn(Path path) {
        try {
            return java.time.LocalDate.ofInstant(Files.getLastModifiedTime(path).toInstant(), java.time.ZoneId.systemDefault());
        } catch (IOException e) {
            return null;
        }
    }
}
