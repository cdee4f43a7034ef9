package id.warta.ingest.feed;

import id.warta.ingest.InputException;
import id.warta.ingest.PageFetcher;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * OPML 2.0, the file feed readers exchange subscriptions in: an {@code <outline>} per feed with its
 * {@code xmlUrl}, {@code text}/{@code title} and {@code htmlUrl}. Reading takes every outline with an
 * {@code xmlUrl} at any depth (readers group feeds in folders); writing gives one flat list.
 */
public final class Opml {
    /** One feed in an OPML file. */
    public record Outline(String xmlUrl, String title, String htmlUrl) {
    }

    private Opml() {
    }

    /** The feeds in the OPML file; a one-line error naming it when it is not OPML. */
    public static List<Outline> read(Path file) throws InputException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) throw new InputException(name, Files.isDirectory(file) ? "is a folder, not a file" : "no such file");
        byte[] bytes;
        try {
            if (Files.size(file) > PageFetcher.MAX_BYTES) {
                throw new InputException(name, "larger than " + PageFetcher.MAX_BYTES / (1024 * 1024) + " MB; not an OPML file");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(name, "cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        return read(bytes, name);
    }

    static List<Outline> read(byte[] bytes, String name) throws InputException {
        if (bytes.length == 0) throw new InputException(name, "the file is empty");
        Element root = FeedXml.parse(bytes, null, name).getRootElement();
        if (!root.getName().equalsIgnoreCase("opml")) {
            throw new InputException(name, "not an OPML file (the root is <" + root.getQualifiedName() + ">, not <opml>)");
        }
        Element body = root.getChild("body", root.getNamespace());
        List<Outline> out = new ArrayList<>();
        if (body != null) collect(body, out);
        return out;
    }

    private static void collect(Element parent, List<Outline> out) {
        for (Element e : parent.getChildren()) {
            if (!e.getName().equals("outline")) continue;
            String xmlUrl = attr(e, "xmlUrl");
            if (xmlUrl != null) out.add(new Outline(xmlUrl, attr(e, "title") != null ? attr(e, "title") : attr(e, "text"), attr(e, "htmlUrl")));
            collect(e, out);
        }
    }

    /** Readers differ in case (xmlUrl, xmlurl): any case is taken. */
    private static String attr(Element e, String name) {
        for (var a : e.getAttributes()) {
            if (a.getName().equalsIgnoreCase(name) && !a.getValue().isBlank()) return a.getValue().strip();
        }
        return null;
    }

    /** Writes the subscriptions as an OPML 2.0 document. */
    public static void write(List<Subscription> feeds, Writer out) throws IOException {
        Element head = new Element("head")
                .addContent(new Element("title").setText("Warta: langganan / subscriptions"))
                .addContent(new Element("dateCreated").setText(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now())));
        Element body = new Element("body");
        for (Subscription feed : feeds) {
            String title = feed.title() != null ? feed.title() : feed.url();
            Element outline = new Element("outline").setAttribute("type", "rss").setAttribute("text", title)
                    .setAttribute("title", title).setAttribute("xmlUrl", feed.url());
            if (feed.site() != null) outline.setAttribute("htmlUrl", feed.site());
            body.addContent(outline);
        }
        Element opml = new Element("opml").setAttribute("version", "2.0").addContent(head).addContent(body);
        Format format = Format.getPrettyFormat().setEncoding("UTF-8").setLineSeparator("\n");
        new XMLOutputter(format).output(new Document(opml), out);
        out.flush();
    }
}
