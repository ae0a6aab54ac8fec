package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Every example line of a command's --help is one complete command: it starts with
 * {@code rangekit COMMAND}, fits the 80-column help, and picocli parses it with every required
 * option and option value present. Regression: {@code map --help} wrapped "480-vs-500." / "svg"
 * and "--projection ortho" / "-o pacific.pdf" across lines.
 */
class HelpExamplesTest {

    /** Picocli's usage width (its default; the launcher sets none), less the two-space indent margin. */
    static final int MAX_EXAMPLE_COLUMNS = 78;

    @ParameterizedTest
    @ValueSource(strings = {"rings", "coverage", "compare", "map", "run", "distance", "sites"})
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
        for (String line : examples) {
            assertTrue(line.startsWith("  rangekit " + command + " "), "a continuation, not a command: '" + line + "'");
            assertTrue(line.codePointCount(0, line.length()) <= MAX_EXAMPLE_COLUMNS, line);
            List<String> args = shellWords(line.strip());
            args.remove(0); // "rangekit"
            CommandLine cl = new CommandLine(new Main(new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
            cl.setUnmatchedOptionsAllowedAsOptionParameters(true);
            CommandLine.ParseResult parsed = cl.parseArgs(args.toArray(String[]::new));
            assertTrue(parsed.hasSubcommand(), line);
            assertFalse(parsed.subcommand().unmatched().size() > 0, line);
        }
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
