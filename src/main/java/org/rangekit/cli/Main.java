package org.rangekit.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.rangekit.io.out.AtomicOutput;
import org.rangekit.io.out.OutputException;
import org.rangekit.scenario.InvalidScenarioException;
import org.rangekit.text.Quote;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code rangekit} command line: one picocli top command with subcommands.
 *
 * <p>Exit codes: {@value #EXIT_OK} on success, {@value #EXIT_BAD_INPUT} on bad input (one line on
 * stderr naming the bad value and what was expected; no stack trace; no output file left behind),
 * {@value #EXIT_INTERNAL} on an internal error or a failed write (one line naming the output, or
 * "standard output", and the cause, such as "No space left on device"; see {@link AtomicOutput}).
 *
 * <p>Tests call {@link #run(PrintStream, PrintStream, String...)}, which never exits the JVM;
 * {@link #main(String[])} exits with its code.
 *
 * <p>Adding a subcommand: annotate it with {@code @Command(name = ..., mixinStandardHelpOptions = true)},
 * list it in {@link #SUBCOMMANDS} below, take {@code @ParentCommand Main main} and write through
 * {@link #stdout()} / {@link #stderr()}; throw {@link BadInputException} for anything the user can fix,
 * converting a library's {@link IllegalArgumentException} only where the user's text is parsed
 * ({@code Options.parsed}), never around a computation. A few short calls skip picocli
 * ({@link DirectCalls}); an option added to {@code sites} or {@code distance} needs no change there
 * (a call using it goes to picocli), and {@code DirectCallsTest} checks that both paths print the same.
 */
@Command(name = "rangekit",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Exact missile range rings and bands on the WGS84 ellipsoid.")
public final class Main implements Runnable {

    /**
     * The subcommands, in the order of the help. Registered by {@link #commandLine}, not in the
     * {@code @Command} annotation: picocli reads every registered command's annotations up front
     * (most of a short command's start-up), so a call naming one subcommand registers only that one.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(RingsCommand.class, DistanceCommand.class,
            SitesCommand.class, CoverageCommand.class, CompareCommand.class, MapCommand.class, RunCommand.class,
            ViewCommand.class, CommandLine.HelpCommand.class);

    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    /** Set to any value to print the stack trace of internal errors. */
    static final String DEBUG_ENV = "RANGEKIT_DEBUG";

    @Spec
    CommandSpec spec;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this(InputStream.nullInputStream(), out, err);
    }

    Main(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("map")) {
            MapCommand.startEarly(args);
        }
        System.exit(run(args));
    }

    /** Runs the command line on the process's stdout and stderr; returns the exit code. */
    public static int run(String... args) {
        // UTF-8 whatever the locale says, so that names such as Słupsk and the "—" in labels survive.
        PrintStream out = new CheckedPrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return run(System.in, out, err, args);
    }

    /**
     * Runs the command line with the given streams; returns the exit code, never exits the JVM.
     *
     * Standard input is empty.
     *
     * @param out standard output (data such as {@code -o -} and tables)
     * @param err standard error (messages)
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(InputStream.nullInputStream(), out, err, args);
    }

    /**
     * Runs the command line with the given streams; returns the exit code, never exits the JVM.
     *
     * @param in standard input ({@code --targets -})
     * @param out standard output (data such as {@code -o -} and tables)
     * @param err standard error (messages)
     */
    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        Main main = new Main(in, out, err);
        DirectCalls.Call direct = DirectCalls.of(main, args);
        return direct != null ? runDirect(main, direct) : runParsed(main, args);
    }

    /** A call of {@link DirectCalls}: what picocli's {@code execute} does around a command's {@code run}. */
    private static int runDirect(Main main, DirectCalls.Call call) {
        int code = EXIT_INTERNAL;
        try {
            call.command().run();
            code = EXIT_OK;
        } catch (Exception ex) {
            code = main.failure(ex, call.name());
        } finally {
            main.out.flush();
            code = checkStdout(main, call.name(), code);
            main.err.flush();
        }
        return code;
    }

    /** Runs {@code args} through picocli (every call but those of {@link DirectCalls}). */
    static int runParsed(Main main, String... args) {
        PrintStream out = main.out;
        PrintStream err = main.err;
        CommandLine cl = commandLine(main, args);
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        // Values such as -77.85,166.67 start with '-' but are no option: let them through as option values.
        cl.setUnmatchedOptionsAllowedAsOptionParameters(true);
        cl.setParameterExceptionHandler((ex, argv) -> {
            String cmd = ex.getCommandLine().getCommandSpec().qualifiedName();
            main.errLine(cmd + ": " + ParameterErrors.message(ex, argv) + " (see '" + cmd + " --help')");
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                main.failure(ex, commandLine.getCommandSpec().qualifiedName()));
        int code = EXIT_INTERNAL;
        try {
            code = cl.execute(args);
        } finally {
            cl.getOut().flush();
            code = checkStdout(main, commandName(cl), code);
            err.flush();
        }
        return code;
    }

    /** The command line with every subcommand registered (help, tests). */
    static CommandLine commandLine(Main main) {
        return commandLine(main, new String[0]);
    }

    /**
     * The command line for {@code args}: with only the subcommand {@code args[0]} names, with none
     * for a lone {@code --version} / {@code -V}, else with all (the top help lists them, and a
     * misspelt name is matched against them). What a call prints is the same either way.
     */
    static CommandLine commandLine(Main main, String[] args) {
        CommandLine cl = new CommandLine(main);
        boolean version = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        for (Class<?> c : SUBCOMMANDS) {
            String name = c.getAnnotation(Command.class).name();
            // 'help' needs every command: it names one (help rings) or suggests one (help covrage).
            if (!version && (args.length == 0 || args[0].equals("help") || !isSubcommand(args[0])
                    || name.equals(args[0]))) {
                cl.addSubcommand(c);
            }
        }
        return cl;
    }

    private static boolean isSubcommand(String arg) {
        for (Class<?> c : SUBCOMMANDS) {
            if (c.getAnnotation(Command.class).name().equals(arg)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one place where every write to standard output is checked: tables, {@code -o -} data,
     * {@code --help} and {@code --version} all go through {@code out}, a {@link PrintStream} that
     * swallows write errors. If one happened and the command had succeeded, prints one line
     * ({@code rangekit sites: cannot write standard output: No space left on device}) and returns
     * {@value #EXIT_INTERNAL}; a command that already failed keeps its own code and message.
     */
    private static int checkStdout(Main main, String command, int code) {
        if (!main.out.checkError() || code != EXIT_OK) {
            return code;
        }
        IOException cause = main.out instanceof CheckedPrintStream c ? c.failure() : null;
        OutputException e = cause == null
                ? new OutputException(AtomicOutput.STDOUT, "write error", false, null)
                : OutputException.of(AtomicOutput.STDOUT, cause);
        main.errLine(command + ": " + e.getMessage());
        return EXIT_INTERNAL;
    }

    /** The qualified name of the subcommand that ran ({@code rangekit rings}), or {@code rangekit}. */
    private static String commandName(CommandLine cl) {
        CommandLine.ParseResult r = cl.getParseResult();
        if (r == null) {
            return cl.getCommandSpec().qualifiedName();
        }
        while (r.hasSubcommand()) {
            r = r.subcommand();
        }
        return r.commandSpec().qualifiedName();
    }

    /**
     * Reports an exception from a command on stderr and returns the exit code: bad input in one
     * line (exit {@value #EXIT_BAD_INPUT}), anything else as an internal error (exit
     * {@value #EXIT_INTERNAL}) with its stack trace only when {@value #DEBUG_ENV} is set.
     *
     * @param cmd the command's qualified name, e.g. {@code rangekit run}
     */
    int failure(Exception ex, String cmd) {
        if (isBadInput(ex)) {
            errLine(cmd + ": " + ex.getMessage());
            return EXIT_BAD_INPUT;
        }
        if (ex instanceof WriteFailedException) {
            errLine(cmd + ": " + ex.getMessage());
            return EXIT_INTERNAL;
        }
        errLine(cmd + ": internal error: " + ex + (System.getenv(DEBUG_ENV) == null
                ? " (set " + DEBUG_ENV + "=1 for the stack trace)" : ""));
        if (System.getenv(DEBUG_ENV) != null) {
            ex.printStackTrace(err);
        }
        return EXIT_INTERNAL;
    }

    /**
     * Whether an exception from a command is the user's bad input (exit {@value #EXIT_BAD_INPUT}):
     * only the typed exceptions raised where input is parsed and checked. Any other exception,
     * an {@link IllegalArgumentException} from inside the library included, is an internal error
     * (exit {@value #EXIT_INTERNAL}).
     */
    static boolean isBadInput(Throwable ex) {
        return ex instanceof BadInputException || ex instanceof InvalidScenarioException;
    }

    /** Without a subcommand: report bad input (one line, like every other input error). */
    @Override
    public void run() {
        String names = String.join(", ", spec.subcommands().keySet().stream()
                .filter(n -> !n.equals("help")).toList());
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: one of " + names);
    }

    /** Standard input, for {@code --targets -}. */
    public InputStream stdin() {
        return in;
    }

    /** Standard output, for data ({@code -o -}) and tables. */
    public PrintStream stdout() {
        return out;
    }

    /** Standard error, for messages. */
    public PrintStream stderr() {
        return err;
    }

    /**
     * Prints one message line on stderr: line breaks become spaces, and any control or format
     * character left in it is escaped ({@link Quote#controls}), so that nothing read from an input
     * reaches the terminal raw.
     */
    void errLine(String line) {
        err.println(Quote.controls(line.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip()));
        err.flush();
    }

    /** Version from the jar's Maven metadata; "development build" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            String v = "development build";
            try (InputStream in = Main.class.getResourceAsStream("/META-INF/maven/org.rangekit/rangekit/pom.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    v = p.getProperty("version", v);
                }
            }
            return new String[] {"rangekit " + v,
                "Java " + System.getProperty("java.version") + ", GeographicLib-Java 2.1, JTS 1.20"};
        }
    }
}
