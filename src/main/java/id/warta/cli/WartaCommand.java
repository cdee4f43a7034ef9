package id.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/** The {@code warta} command line: one subcommand per task, over the same services as the app. */
@Command(name = "warta", mixinStandardHelpOptions = true, versionProvider = ReleaseVersion.class,
        scope = CommandLine.ScopeType.INHERIT, // every subcommand takes -h/--help too
        description = "Pustaka berita geopolitik berbahasa Indonesia / Indonesian geopolitics news library.",
        subcommands = {
                ParseCommand.class,
                IngestCommand.class,
                ListCommand.class,
                ShowCommand.class,
                SearchCommand.class,
                NamesCommand.class,
                SummarizeCommand.class,
                EntitiesCommand.class,
                FeedsCommand.class,
        })
public final class WartaCommand implements Runnable {
    private static final Set<String> DESKTOP_OPTIONS = Set.of("--db");

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new WartaCommand());
        cli.addSubcommand("bench", BenchAbsent.command()); // only warta-bench.jar has the benchmarks
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("warta: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }

    /** No arguments, or only {@code --db FILE}, opens the desktop app. */
    public static boolean wantsDesktop(String[] args) {
        if (args.length == 0) return true;
        return args.length == 2 && DESKTOP_OPTIONS.contains(args[0]) || args.length == 1 && args[0].startsWith("--db=");
    }
}
