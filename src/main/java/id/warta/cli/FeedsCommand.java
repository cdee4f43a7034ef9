package id.warta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import id.warta.ingest.InputException;
import id.warta.ingest.feed.FeedResult;
import id.warta.ingest.feed.RefreshProgress;
import id.warta.ingest.feed.Subscription;
import id.warta.ingest.feed.Subscriptions;
import id.warta.store.FeedRows;
import id.warta.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code warta feeds add|list|refresh|remove|import|export}: follow outlets' RSS and Atom feeds (docs/feeds.md). */
@Command(name = "feeds", description = "Follow news feeds (RSS, Atom): subscribe, list, refresh, remove, import and export OPML.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Refresh.class,
                FeedsCommand.Remove.class, FeedsCommand.Import.class, FeedsCommand.Export.class})
final class FeedsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Subscriptions subscriptions(Library library) {
        return new Subscriptions(new FeedRows(library));
    }

    @Command(name = "add", description = "Subscribe to a feed, by its address or by a page that names one (<link rel=\"alternate\">).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(paramLabel = "URL", description = "The feed's address, or a web page that names its feed.")
        String url;

        @Override
        public Integer call() {
            try (Library lib = library.open()) {
                Subscriptions.Added added = subscriptions(lib).add(url);
                Subscription feed = added.feed();
                spec.commandLine().getOut().println((added.isNew() ? "Subscribed: " : "Already subscribed: ")
                        + Text.orDash(feed.title()) + " <" + feed.url() + ">");
                return 0;
            } catch (InputException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "list", description = "List the feeds with their articles, last check and last error.")
    static final class ListFeeds implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Option(names = "--json", description = "Print a JSON array of {url, title, articles, lastChecked, lastError}.")
        boolean json;

        @Override
        public Integer call() {
            try (Library lib = library.open()) {
                List<Subscription> feeds = subscriptions(lib).list();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    ArrayNode array = Json.MAPPER.createArrayNode();
                    for (Subscription f : feeds) {
                        array.addObject().put("url", f.url()).put("title", f.title()).put("articles", f.articles())
                                .put("lastChecked", f.lastChecked()).put("lastError", f.lastError());
                    }
                    out.println(Json.write(array));
                } else {
                    for (Subscription f : feeds) out.println(line(f));
                }
                return 0;
            }
        }

        private static String line(Subscription f) {
            String state = f.lastChecked() == null ? "never checked" : "checked " + f.lastChecked();
            return String.join("  ", f.url(), Text.orDash(f.title()), f.articles() + " articles (" + f.unread() + " unread)", state)
                    + (f.lastError() == null ? "" : "  error: " + f.lastError());
        }
    }

    @Command(name = "refresh", description = {"Fetch every feed (or one) and store its new articles.",
            "The last line is 'N new, M already stored, K feeds failed'; exit 1 when a feed failed."})
    static final class Refresh implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Option(names = "--json", description = "Print a JSON array of {url, new, seen, error} (the summary line goes to stderr).")
        boolean json;
        @Parameters(paramLabel = "URL", arity = "0..1", description = "Only this feed.")
        String url;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Library lib = library.open()) {
                Subscriptions feeds = subscriptions(lib);
                RefreshProgress progress = json ? RefreshProgress.NONE : new Printed(out, err);
                List<FeedResult> results;
                if (url == null) {
                    results = feeds.refreshAll(progress);
                } else {
                    Optional<FeedResult> one = feeds.refresh(url, progress);
                    if (one.isEmpty()) {
                        err.println(url + ": not a feed you follow (see warta feeds list)");
                        return 1;
                    }
                    results = List.of(one.get());
                }
                if (json) out.println(Json.write(array(results)));
                String summary = summary(results);
                (json ? err : out).println(summary);
                return results.stream().anyMatch(FeedResult::failed) ? 1 : 0;
            }
        }

        private static ArrayNode array(List<FeedResult> results) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            for (FeedResult r : results) {
                array.addObject().put("url", r.url()).put("new", r.added()).put("seen", r.seen()).put("error", r.error());
            }
            return array;
        }

        static String summary(List<FeedResult> results) {
            int added = results.stream().mapToInt(FeedResult::added).sum();
            int seen = results.stream().mapToInt(FeedResult::seen).sum();
            long failed = results.stream().filter(FeedResult::failed).count();
            return added + " new, " + seen + " already stored, " + failed + " feeds failed";
        }
    }

    /** One line per feed as it finishes; items that yielded nothing on stderr. Called from the refresh's threads. */
    private record Printed(PrintWriter out, PrintWriter err) implements RefreshProgress {
        @Override
        public synchronized void finished(FeedResult r, int finished, int feeds) {
            for (String failure : r.itemFailures()) err.println(failure);
            out.println(r.url() + ": " + (r.failed() ? "failed: " + r.error() : r.added() + " new, " + r.seen() + " already stored"));
            out.flush();
            err.flush();
        }
    }

    @Command(name = "remove", description = "Unsubscribe from a feed; its articles stay in the library unless --delete-articles.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Option(names = "--delete-articles", description = "Also delete its articles (those no other feed brought).")
        boolean deleteArticles;
        @Parameters(paramLabel = "URL", description = "The feed's address, as feeds list prints it.")
        String url;

        @Override
        public Integer call() {
            try (Library lib = library.open()) {
                Subscriptions feeds = subscriptions(lib);
                Optional<Subscription> feed = feeds.find(url);
                if (feed.isEmpty() || !feeds.remove(url, deleteArticles)) {
                    spec.commandLine().getErr().println(url + ": not a feed you follow (see warta feeds list)");
                    return 1;
                }
                int n = feed.get().articles();
                spec.commandLine().getOut().println("Unsubscribed: " + Text.orDash(feed.get().title()) + " <" + feed.get().url() + ">; "
                        + n + (n == 1 ? " article " : " articles ") + (deleteArticles ? "deleted (unless another feed brought them)" : "kept in the library"));
                return 0;
            }
        }
    }

    @Command(name = "import", description = "Subscribe to every feed in an OPML file (nothing is fetched until the next refresh).")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(paramLabel = "FILE.opml", description = "An OPML file, as feed readers export them.")
        Path file;

        @Override
        public Integer call() {
            try (Library lib = library.open()) {
                Subscriptions.Imported imported = subscriptions(lib).importOpml(file);
                for (String skipped : imported.skipped()) spec.commandLine().getErr().println(skipped);
                spec.commandLine().getOut().println(imported.added() + " feeds added, " + imported.already() + " already followed, "
                        + imported.skipped().size() + " skipped");
                return imported.skipped().isEmpty() ? 0 : 1;
            } catch (InputException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "export", description = "Print the feeds as OPML 2.0.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryOption library;

        @Override
        public Integer call() throws IOException {
            try (Library lib = library.open()) {
                subscriptions(lib).exportOpml(spec.commandLine().getOut());
                return 0;
            }
        }
    }
}
