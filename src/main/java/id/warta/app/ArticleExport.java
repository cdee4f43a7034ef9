package id.warta.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.warta.model.Article;
import id.warta.model.Quote;
import id.warta.model.Section;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes chosen articles as JSON (the {@code warta parse --json} fields) or as readable Markdown. */
public final class ArticleExport {
    public enum Format { JSON, MARKDOWN }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ArticleExport() {
    }

    public static void write(List<Article> articles, Path target, Format format) throws IOException {
        String text = format == Format.JSON ? JSON.writeValueAsString(articles) : markdown(articles);
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    static String markdown(List<Article> articles) {
        StringBuilder out = new StringBuilder();
        for (Article a : articles) {
            if (!out.isEmpty()) out.append("\n---\n\n");
            markdown(a, out);
        }
        return out.toString();
    }

    private static void markdown(Article a, StringBuilder out) {
        out.append("# ").append(orEmpty(a.headline())).append("\n\n");
        String meta = String.join(" · ", present(a.source(), a.dateline(), a.published()));
        if (!meta.isEmpty()) out.append("*").append(meta).append("*\n\n");
        if (a.url() != null) out.append("<").append(a.url()).append(">\n\n");
        if (a.caption() != null) out.append("*").append(a.caption()).append("*\n\n");
        if (!a.summary().isBlank()) out.append("**").append(a.summary()).append("**\n\n");
        for (int i = 0; i < a.sections().size(); i++) {
            Section s = a.sections().get(i);
            if (s.heading() != null) out.append("## ").append(s.heading()).append("\n\n");
            if (s.heading() != null && !s.summary().isBlank()) out.append("> ").append(s.summary()).append("\n\n");
            for (String p : s.paragraphs()) out.append(p).append("\n\n");
        }
        if (!a.quotes().isEmpty()) {
            out.append("## Kutipan\n\n");
            for (Quote q : a.quotes()) {
                out.append("> “").append(q.text()).append("”");
                if (q.speaker() != null) out.append(" — ").append(q.speaker());
                out.append("\n\n");
            }
        }
        names(out, "Tokoh", a.people());
        names(out, "Tempat", a.places());
        names(out, "Organisasi", a.organizations());
    }

    private static void names(StringBuilder out, String label, List<String> names) {
        if (!names.isEmpty()) out.append("- ").append(label).append(": ").append(String.join(", ", names)).append("\n");
    }

    private static List<String> present(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
