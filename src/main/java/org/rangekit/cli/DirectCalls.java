package org.rangekit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.IllegalFormatException;

/**
 * The three shortest calls, run without picocli: a lone {@code --version} / {@code -V}, a bare
 * {@code sites}, and {@code distance --from SITE --to SITE} (either order). Setting up picocli
 * (reading the annotations of the command, registering its converters) costs more than such a
 * call's work: about 0.1 s of CPU on a cold JVM against a few milliseconds. Each shape fills the
 * same command object picocli would fill and runs it, and its output, messages and exit code are
 * the same bytes (DirectCallsTest compares them with the picocli path); every other call, and any
 * value picocli would read differently (one starting with {@code -} or {@code @}), goes to picocli.
 */
final class DirectCalls {

    /** A command to run and its qualified name for messages ({@code rangekit distance}). */
    record Call(String name, Runnable command) {
    }

    private DirectCalls() {
    }

    /** The call for {@code args}, or null when picocli has to parse them. */
    static Call of(Main main, String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return new Call("rangekit", () -> version(main));
        }
        if (args.length == 1 && args[0].equals("sites")) {
            SitesCommand c = new SitesCommand();
            c.main = main;
            return new Call("rangekit sites", c);
        }
        if (args.length == 5 && args[0].equals("distance")) {
            String from = null;
            String to = null;
            for (int i = 1; i < 5; i += 2) {
                if (!plainValue(args[i + 1])) {
                    return null;
                }
                if (args[i].equals("--from") && from == null) {
                    from = args[i + 1];
                } else if (args[i].equals("--to") && to == null) {
                    to = args[i + 1];
                } else {
                    return null;
                }
            }
            DistanceCommand c = new DistanceCommand();
            c.main = main;
            c.from = from;
            c.to = to;
            return new Call("rangekit distance", c);
        }
        return null;
    }

    /**
     * A value picocli takes as it is: not empty, not starting with {@code -} (which may be an
     * option) or {@code @} (an argument file).
     */
    private static boolean plainValue(String v) {
        return !v.isEmpty() && v.charAt(0) != '-' && v.charAt(0) != '@';
    }

    /** What picocli's {@code printVersionHelp} writes for {@link Main.Version}: each line formatted, UTF-8. */
    private static void version(Main main) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(main.stdout(), StandardCharsets.UTF_8), true);
        try {
            for (String line : new Main.Version().getVersion()) {
                w.println(format(line));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        w.flush();
    }

    /** As picocli formats a version line: through {@link String#format}, or as it is when that fails. */
    private static String format(String line) {
        try {
            return String.format(line);
        } catch (IllegalFormatException e) {
            return line;
        }
    }
}
