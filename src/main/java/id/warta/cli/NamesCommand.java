package id.warta.cli;

import id.warta.model.EntityType;
import id.warta.store.Library;
import id.warta.store.NameCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code warta names [--db F] [--type person|place|org] [--json] [PREFIX]}: entities by article count. */
@Command(name = "names", description = "List people, places and organisations with how many articles name them.")
final class NamesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only person, place or org.")
    String type;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "At most N names (default ${DEFAULT-VALUE}).")
    int limit = 50;

    @Parameters(paramLabel = "PREFIX", arity = "0..1", description = "Only names (or aliases, or a word of them) starting so.")
    String prefix;

    @Override
    public Integer call() {
        EntityType kind;
        try {
            kind = type(type);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("--type " + type + ": must be person, place or org");
            return 2;
        }
        try (Library lib = library.openForReading(spec.commandLine().getErr())) {
            List<NameCount> names = lib.names(prefix, kind, Math.max(1, limit));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(names));
            } else {
                for (NameCount n : names) {
                    out.println(String.format(Locale.ROOT, "%5d  %-12s  %s", n.articles(), n.type(), n.name()));
                }
            }
            return 0;
        }
    }

    static EntityType type(String type) {
        if (type == null) return null;
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "person", "people" -> EntityType.PERSON;
            case "place", "places" -> EntityType.PLACE;
            case "org", "organization", "organisation", "orgs" -> EntityType.ORGANIZATION;
            default -> throw new IllegalArgumentException(type);
        };
    }
}
