package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's --help ends with at least one example, and every example line is one complete
 * command: it starts with {@code rangekit COMMAND}, fits the 80-column help, and picocli parses it
 * with every required option and option value present. The commands are taken from {@link Main},
 * so a new command without an example fails here. Regressions: {@code map --help} wrapped
 * "480-vs-500." / "svg" and "--projection ortho" / "-o pacific.pdf" across lines; coverage,
 * compare, distance and sites had no example, and this test looped over nothing for them.
 */
class HelpExamplesTest {

    /** Picocli's usage width (its default; the launcher sets none), less the two-space indent margin. */
    static final int MAX_EXAMPLE_COLUMNS = 78;

    /** Every subcommand of {@link Main} but picocli's {@code help}. */
    static List<String> commands() {
        List<String> names = new ArrayList<>(newCommandLine().getSubcommands().keySet());
        names.remove("help");
        return names;
    }

    @Test
    void theCommandListIsTheLauncher() {
        assertTrue(commands().containsAll(List.of("rings", "coverage", "compare", "map", "run", "distance", "sites")),
                commands().toString());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyExampleLineIsACompleteCommand(String command) {
        Cli.Result help = Cli.run(command, "--help");
        assertEquals(0, help.exitCode(), help.toString());
        List<String> examples = new ArrayList<>();
        boolean inExamples = false;
        for (String line : help.stdout().lines().toList()) {
            if (line.matches("Examples?:")) {
                inExamples = true;
            } else if (inExamples && !line.isBlank()) {
                examples.add(line);
            }
        }
        assertFalse(examples.isEmpty(), command + " --help shows no example:\n" + help.stdout());
        for (String line : examples) {
            String prefix = "  rangekit " + command;
            assertTrue(line.equals(prefix) || line.startsWith(prefix + " "), "a continuation, not a command: '" + line + "'");
            assertTrue(line.codePointCount(0, line.length()) <= MAX_EXAMPLE_COLUMNS, line);
            List<String> args = shellWords(line.strip());
            args.remove(0); // "rangekit"
            CommandLine cl = newCommandLine();
            cl.setUnmatchedOptionsAllowedAsOptionParameters(true);
            CommandLine.ParseResult parsed = cl.parseArgs(args.toArray(String[]::new));
            assertTrue(parsed.hasSubcommand(), line);
            assertFalse(parsed.subcommand().unmatched().size() > 0, line);
        }
    }

    static CommandLine newCommandLine() {
        return Main.commandLine(new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    /** Splits a command line as a POSIX shell would for these examples: spaces, double quotes. */
    static List<String> shellWords(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    out.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        assertFalse(quoted, "unbalanced quotes: " + line);
        if (any) {
            out.add(w.toString());
        }
        return out;
    }
}
