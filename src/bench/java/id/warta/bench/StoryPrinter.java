package id.warta.bench;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Prints a story the two ways Warta reads it: a saved plain-text article, and a saved web page. */
final class StoryPrinter {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm 'WIB'", INDONESIAN);
    private static final String[] MENU = {"Beranda", "Terkini", "Nasional", "Internasional", "Ekonomi", "Bisnis",
            "Olahraga", "Teknologi", "Hiburan", "Gaya Hidup", "Otomotif", "Kesehatan", "Pendidikan", "Opini",
            "Foto", "Video", "Infografik", "Indeks", "Cek Fakta", "Regional", "Hukum", "Politik", "Sains", "Travel"};

    private StoryPrinter() {
    }

    /** The article as a reader saves it from a site: headline, optional caption and source block, body. */
    static String plainText(Story story) {
        StringBuilder out = new StringBuilder(8_192);
        out.append(story.headline()).append("\n\n");
        if (story.caption() != null) out.append(story.caption()).append('\n');
        if (story.number() % 2 == 0) out.append("Sumber :\n  • ").append(story.outlet().name()).append("\n\n");
        else out.append(PRINTED.format(story.published())).append("\n\n");
        boolean first = true;
        for (Story.Part part : story.sections()) {
            if (part.heading() != null) out.append(part.heading()).append("\n\n");
            for (String paragraph : part.paragraphs()) {
                if (first) out.append(story.dateline());
                first = false;
                out.append(paragraph).append("\n\n");
            }
        }
        return out.toString();
    }

    /**
     * A saved web page of about {@code targetBytes}: head with OpenGraph and JSON-LD, site chrome (menus,
     * popular and related lists, inline script and style, footer) around the article markup.
     */
    static String page(Story story, List<String> otherHeadlines, int targetBytes, Random random) {
        StringBuilder out = new StringBuilder(targetBytes + 8_192);
        String title = escape(story.headline());
        String published = story.published().toString();
        out.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(title)
                .append(" - ").append(escape(story.outlet().name())).append("</title>\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(escape(story.outlet().name())).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(story.url()).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(published).append("\">\n")
                .append("<meta name=\"author\" content=\"").append(escape(story.author())).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(story.url()).append("\">\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(json(story.headline())).append("\",\"datePublished\":\"").append(published)
                .append("\",\"url\":\"").append(story.url()).append("\",\"author\":{\"@type\":\"Person\",\"name\":\"")
                .append(json(story.author())).append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"")
                .append(json(story.outlet().name())).append("\"}}</script>\n");
        style(out, random);
        out.append("</head>\n<body class=\"detail\">\n<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">")
                .append(escape(story.outlet().name())).append("</a></div>\n<nav class=\"menu\"><ul>\n");
        for (String item : MENU) link(out, story, item, "menu-item");
        out.append("</ul></nav></header>\n<div class=\"ads ads-top\" data-slot=\"leaderboard\"></div>\n");
        out.append("<main class=\"container\"><div class=\"breadcrumb\"><a href=\"/\">Beranda</a> › <a href=\"/")
                .append(story.outlet().section()).append("\">Internasional</a></div>\n");
        article(out, story);
        out.append("<aside class=\"sidebar\"><h3>Terpopuler</h3><ol>\n");
        for (int i = 0; i < 10; i++) link(out, story, pick(otherHeadlines, random), "popular");
        out.append("</ol></aside>\n</main>\n<section class=\"related\"><h3>Berita Terkait</h3><ul>\n");
        // Index lists, tag clouds and "more news" blocks: what makes a real page ten times its article.
        while (out.length() < targetBytes - 3_000) {
            out.append("<li class=\"card\"><a href=\"https://").append(story.outlet().host()).append("/berita/")
                    .append(random.nextInt(9_000_000)).append("\"><img src=\"/img/thumb/").append(random.nextInt(900_000))
                    .append(".jpg\" alt=\"\" loading=\"lazy\"><span class=\"card-title\">")
                    .append(escape(pick(otherHeadlines, random))).append("</span></a><time>")
                    .append(1 + random.nextInt(23)).append(" jam lalu</time></li>\n");
        }
        out.append("</ul></section>\n<footer class=\"site-footer\"><ul>");
        for (String item : MENU) link(out, story, item, "footer-item");
        out.append("</ul><p>Copyright © ").append(story.published().getYear()).append(' ')
                .append(escape(story.outlet().name())).append(". Hak cipta dilindungi undang-undang.</p></footer>\n")
                .append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({\"pageType\":\"article\",\"articleId\":\"")
                .append(story.number()).append("\",\"channel\":\"").append(story.outlet().section()).append("\"});</script>\n")
                .append("</body>\n</html>\n");
        return out.toString();
    }

    private static void article(StringBuilder out, Story story) {
        out.append("<article class=\"detail-article\">\n<h1 class=\"detail-title\">").append(escape(story.headline()))
                .append("</h1>\n<div class=\"detail-meta\"><span class=\"author\">").append(escape(story.author()))
                .append("</span> <time datetime=\"").append(story.published()).append("\">")
                .append(PRINTED.format(story.published())).append("</time></div>\n");
        if (story.caption() != null) {
            out.append("<figure><img src=\"/img/").append(story.number()).append(".jpg\" alt=\"\"><figcaption>")
                    .append(escape(story.caption())).append("</figcaption></figure>\n");
        }
        out.append("<div class=\"detail-text\">\n");
        boolean first = true;
        for (Story.Part part : story.sections()) {
            if (part.heading() != null) out.append("<h2>").append(escape(part.heading())).append("</h2>\n");
            for (String paragraph : part.paragraphs()) {
                for (String p : paragraph.split("\n\n")) {
                    out.append("<p>");
                    if (first) out.append("<strong>").append(escape(story.dateline().strip())).append("</strong> ");
                    first = false;
                    out.append(escape(p)).append("</p>\n");
                }
            }
        }
        out.append("</div>\n<div class=\"tags\"><a href=\"/tag/internasional\">internasional</a></div>\n</article>\n");
    }

    private static void style(StringBuilder out, Random random) {
        out.append("<style>\n");
        for (int i = 0; i < 60; i++) {
            out.append(".c").append(i).append(random.nextInt(100)).append("{margin:0 auto;padding:").append(random.nextInt(24))
                    .append("px;font:14px/1.5 Roboto,Arial,sans-serif;color:#").append(Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF)))
                    .append("}\n");
        }
        out.append("</style>\n");
    }

    private static void link(StringBuilder out, Story story, String text, String cls) {
        out.append("<li class=\"").append(cls).append("\"><a href=\"https://").append(story.outlet().host()).append('/')
                .append(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")).append("\">").append(escape(text))
                .append("</a></li>\n");
    }

    private static String pick(List<String> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
