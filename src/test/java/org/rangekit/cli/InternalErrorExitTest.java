package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rangekit.scenario.InvalidScenarioException;
import org.rangekit.scenario.MapSettings;

/**
 * Regression: a broad {@code catch (IllegalArgumentException)} turned internal errors into exit 2
 * (bad input). Only the typed exceptions of input parsing are bad input now; the conversion of a
 * library's IllegalArgumentException happens around the one parse call ({@link Options#parsed}).
 */
class InternalErrorExitTest {

    @Test
    void onlyTypedInputErrorsAreBadInput() {
        assertTrue(Main.isBadInput(new BadInputException("--site 'x': unknown site id")));
        assertTrue(Main.isBadInput(new InvalidScenarioException("scenario a.yaml line 2: ...")));
        assertFalse(Main.isBadInput(new IllegalArgumentException("radius must be > 0 m, got -1")),
                "an IllegalArgumentException from inside the library is an internal error");
        assertFalse(Main.isBadInput(new IllegalStateException("categories do not cover 1 km")));
    }

    @Test
    void parsedConvertsTheParseCallOnly() {
        BadInputException bad = assertThrows(BadInputException.class,
                () -> Options.parsed("--size", "big", () -> MapSettings.parseSize("big")));
        assertEquals("--size 'big': expected WIDTHxHEIGHT in pixels, e.g. 2000x1400", bad.getMessage());
        IllegalArgumentException internal = new IllegalArgumentException("internal");
        int[] size = Options.parsed("--size", "20x10", () -> MapSettings.parseSize("20x10"));
        assertEquals(20, size[0]);
        // Past the parse call, the same exception type is not the user's: it propagates unchanged.
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> {
            Options.parsed("--size", "20x10", () -> MapSettings.parseSize("20x10"));
            throw internal;
        });
        assertSame(internal, thrown);
    }

    @Test
    void internalIllegalArgumentExitsWithOneAndOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = main.failure(new IllegalArgumentException("radius must be > 0 m, got -1"), "rangekit run");
        assertEquals(Main.EXIT_INTERNAL, code);
        String line = err.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("rangekit run: internal error: java.lang.IllegalArgumentException: radius must"),
                line);
        assertEquals(Main.EXIT_BAD_INPUT, main.failure(new InvalidScenarioException("scenario a.yaml line 2: x"),
                "rangekit run"));
        assertTrue(err.toString(StandardCharsets.UTF_8).endsWith("rangekit run: scenario a.yaml line 2: x\n"));
    }
}
