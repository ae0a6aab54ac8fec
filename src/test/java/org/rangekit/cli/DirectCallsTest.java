package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The calls {@link DirectCalls} runs without picocli give the same exit code, stdout bytes and
 * stderr as the picocli path ({@link Main#runParsed}), bad input included; every other shape of
 * those commands is left to picocli.
 */
class DirectCallsTest {

    /** Calls of each direct shape: good ones and ones whose values are bad input. */
    static final List<String[]> DIRECT = List.of(
            new String[] {"--version"},
            new String[] {"-V"},
            new String[] {"sites"},
            new String[] {"distance", "--from", "kapustin-yar", "--to", "90,0"},
            new String[] {"distance", "--to", "90,0", "--from", "kapustin-yar"},
            new String[] {"distance", "--from", "48°35′N 45°43′E", "--to", "chernyakhovsk"},
            new String[] {"distance", "--from", "kapustin-yar", "--to", "deveselu"},
            new String[] {"distance", "--from", "52.5,13.4", "--to", "52.5,13.4"},
            new String[] {"distance", "--from", "nowhere", "--to", "90,0"},
            new String[] {"distance", "--from", "kapustin-yar", "--to", "91,0"},
            new String[] {"distance", "--from", "1,2,3", "--to", "x"});

    /** Shapes picocli must parse: other options, repeated or '='-joined options, '-' or '@' values. */
    static final List<String[]> PARSED = List.of(
            new String[] {"--version", "sites"},
            new String[] {"--help"},
            new String[] {"sites", "--help"},
            new String[] {"sites", "-o", "-"},
            new String[] {"distance", "--from", "-77.85,166.67", "--to", "-77.85,166.67"},
            new String[] {"distance", "--from", "a", "--from", "b"},
            new String[] {"distance", "--to", "a", "--to", "b"},
            new String[] {"distance", "--from=kapustin-yar", "--to", "90,0", "x"},
            new String[] {"distance", "--from", "@args.txt", "--to", "90,0"},
            new String[] {"distance", "--from", "", "--to", "90,0"},
            new String[] {"distance", "--from", "kapustin-yar", "--earth", "sphere"});

    @Test
    void directCallsPrintWhatPicocliPrints() {
        for (String[] args : DIRECT) {
            assertNotNull(DirectCalls.of(new Main(System.out, System.err), args), String.join(" ", args));
            Out direct = Out.run(args, false);
            Out parsed = Out.run(args, true);
            String what = String.join(" ", args);
            assertEquals(parsed.code, direct.code, what);
            assertArrayEquals(parsed.out, direct.out, what + ": stdout");
            assertEquals(parsed.err, direct.err, what + ": stderr");
        }
    }

    @Test
    void otherShapesGoToPicocli() {
        for (String[] args : PARSED) {
            assertNull(DirectCalls.of(new Main(System.out, System.err), args), String.join(" ", args));
        }
    }

    @Test
    void aBadInputCallExitsTwoWithOneLine() {
        Out r = Out.run(new String[] {"distance", "--from", "nowhere", "--to", "90,0"}, false);
        assertEquals(Main.EXIT_BAD_INPUT, r.code);
        assertEquals(0, r.out.length);
        assertEquals(1, r.err.split("\n").length, r.err);
    }

    private record Out(int code, byte[] out, String err) {
        static Out run(String[] args, boolean parsed) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
            int code = parsed ? Main.runParsed(new Main(o, e), args) : Main.run(o, e, args);
            return new Out(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        }
    }
}
