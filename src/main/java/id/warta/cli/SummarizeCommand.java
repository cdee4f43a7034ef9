package id.warta.cli;

import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.InputException;
import id.warta.ingest.InputReader;
import id.warta.model.Article;
import id.warta.text.ArticleSummaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code warta summarize [-n 3] FILE}: the article's n best sentences, one per line, in document order. */
@Command(name = "summarize", description = "Print the summary sentences of an article, one per line.")
final class SummarizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--sentences"}, paramLabel = "N", defaultValue = "3",
            description = "How many sentences (default: ${DEFAULT-VALUE}).")
    int sentences;

    @Parameters(paramLabel = "FILE", description = "A plain-text, HTML or JSON file, or an http(s) link.")
    String input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (sentences < 1) {
            err.println("summarize: -n must be at least 1, not " + sentences);
            return 2;
        }
        try {
            Article article = new ArticlePipeline().build(new InputReader().read(input));
            PrintWriter out = spec.commandLine().getOut();
            for (String s : new ArticleSummaries().sentences(article, sentences)) out.println(s);
            out.flush();
            return 0;
        } catch (InputException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
