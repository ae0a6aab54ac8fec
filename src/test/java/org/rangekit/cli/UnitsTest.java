package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The command line reads lengths with the core grammar: every unit works for {@code --range} and
 * {@code --tolerance}; errors keep the {@code OPTION 'VALUE': WHAT} form. Before, only m and km
 * were accepted ({@code --range 500ft} and {@code --tolerance 50ft} were refused).
 */
class UnitsTest {

    @Test
    void rangesInEveryUnit() {
        assertEquals(List.of(482.8032, 500.04, 0.1524, 480.0, 0.5),
                Units.rangesKm("--range", "300mi,270nmi,500ft,480,500m"));
    }

    @Test
    void toleranceInEveryUnitButNeverBare() {
        assertEquals(30.48, Units.lengthMeters("--tolerance", "100ft", "m", true), 1e-12);
        assertEquals(1852, Units.lengthMeters("--tolerance", "1 nmi", "m", true), 0.0);
        BadInputException e = assertThrows(BadInputException.class,
                () -> Units.lengthMeters("--tolerance", "10", "m", true));
        assertEquals("--tolerance '10': unit missing; expected a number > 0 with a unit m, km, mi, nmi or ft, "
                + "e.g. 50m or 0.05km", e.getMessage());
    }

    @Test
    void badRangesNameTheElement() {
        BadInputException e = assertThrows(BadInputException.class, () -> Units.rangesKm("--range", "480,abc"));
        assertEquals("--range 'abc': not a length; expected a number > 0 in km (or with a unit m, km, mi, nmi or ft, "
                + "e.g. 500km)", e.getMessage());
    }

    @Test
    void commandsAcceptMilesAndFeet() {
        Cli.Result r = Cli.run("rings", "--site", "kapustin-yar", "--range", "300mi,270nmi", "--tolerance", "1000ft",
                "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        // 300 mi and 270 nmi are written as their exact km values.
        assertEquals(true, r.stdout().contains("\"outer_km\":482.8032"), r.stdout().substring(0, 400));
        assertEquals(true, r.stdout().contains("\"outer_km\":500.04"), r.stdout().substring(0, 400));
    }
}
