package org.rangekit.range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LengthsTest {

    /** The factors are exact by definition (NIST SP 811 B.8); the doubles must be the nearest to them. */
    @Test
    void unitFactorsAreTheDefinedOnes() {
        assertEquals(1.0, LengthUnit.M.meters(), 0.0);
        assertEquals(1000.0, LengthUnit.KM.meters(), 0.0);
        assertEquals(1609.344, LengthUnit.MI.meters(), 0.0);
        assertEquals(1852.0, LengthUnit.NMI.meters(), 0.0);
        assertEquals(0.3048, LengthUnit.FT.meters(), 0.0);
        assertEquals(List.of("m", "km", "mi", "nmi", "ft"),
                List.of(LengthUnit.values()).stream().map(LengthUnit::symbol).toList());
        assertEquals(LengthUnit.NMI, LengthUnit.ofSymbol(" NMI ").orElseThrow());
        assertEquals(false, LengthUnit.ofSymbol("yd").isPresent());
    }

    @ParameterizedTest(name = "{0} -> {1} m")
    @CsvSource(delimiter = '|', textBlock = """
            500         | 500000
            500km       | 500000
            500 km      | 500000
            500 KM      | 500000
            50m         | 50
            0.05km      | 50
            300mi       | 482803.2
            300 Mi      | 482803.2
            270nmi      | 500040
            270 NMI     | 500040
            100ft       | 30.48
            100 FT      | 30.48
            5e2         | 500000
            .5km        | 500
            2.          | 2000
            +3          | 3000
            """)
    void parsesMetersWithEveryUnit(String text, double meters) {
        assertEquals(meters, Lengths.parseMeters(text, LengthUnit.KM), 1e-9 * meters);
    }

    @Test
    void kilometresAreReturnedAsTyped() {
        assertEquals(480.5, Lengths.parseKm("480.5", LengthUnit.KM), 0.0);
        assertEquals(0.001, Lengths.parseKm("1m", LengthUnit.KM), 0.0);
        assertEquals(482.8032, Lengths.parseKm("300mi", LengthUnit.KM), 1e-12);
        assertEquals(500.04, Lengths.parseKm("270 nmi", LengthUnit.KM), 1e-12);
        assertEquals(0.03048, Lengths.parseKm("100ft", LengthUnit.KM), 1e-15);
        assertEquals(0.5, Lengths.parseKm("500", LengthUnit.M), 0.0);
    }

    @Test
    void listsKeepOrderAndUnitsPerElement() {
        assertEquals(List.of(480.0, 500.0, 1000.0, 0.5),
                Lengths.parseListKm("480, 500km,1000 km,500m", LengthUnit.KM));
        assertEquals(List.of(482.8032), Lengths.parseListKm("300 mi", LengthUnit.KM));
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            abc      | length 'abc': not a length; expected a number > 0 in km (or with a unit m, km, mi, nmi or ft, e.g. 500km)
            500 yd   | length '500 yd': not a length; expected a number > 0 in km (or with a unit m, km, mi, nmi or ft, e.g. 500km)
            0        | length '0': must be > 0; expected a number > 0 in km (or with a unit m, km, mi, nmi or ft, e.g. 500km)
            -5km     | length '-5km': must be > 0; expected a number > 0 in km (or with a unit m, km, mi, nmi or ft, e.g. 500km)
            1e999    | length '1e999': not a finite number; expected a number > 0 in km (or with a unit m, km, mi, nmi or ft, e.g. 500km)
            1e306 km | length '1e306 km': not a finite number; expected a number > 0 in km (or with a unit m, km, mi, nmi or ft, e.g. 500km)
            NaN      | length 'NaN': not a length; expected a number > 0 in km (or with a unit m, km, mi, nmi or ft, e.g. 500km)
            """)
    void refusesBadValuesNamingThem(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lengths.parseMeters(text, LengthUnit.KM));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aRequiredUnitMayNotBeLeftOut() {
        assertEquals(30.48, Lengths.parseMetersRequireUnit("--tolerance", "100ft"), 1e-12);
        assertEquals(50, Lengths.parseMetersRequireUnit("--tolerance", "0.05 km"), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lengths.parseMetersRequireUnit("--tolerance", "10"));
        assertEquals("--tolerance '10': unit missing; expected a number > 0 with a unit m, km, mi, nmi or ft, "
                + "e.g. 50m or 0.05km", e.getMessage());
        // The value's own fault comes before the missing unit.
        e = assertThrows(IllegalArgumentException.class, () -> Lengths.parseMetersRequireUnit("--tolerance", "0"));
        assertEquals("--tolerance '0': must be > 0; expected a number > 0 with a unit m, km, mi, nmi or ft, "
                + "e.g. 50m or 0.05km", e.getMessage());
    }

    @Test
    void listErrorsNameTheElementOrTheWholeList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lengths.parseListKm("--range", "480,x,500", LengthUnit.KM));
        assertEquals("--range 'x': not a length; expected a number > 0 in km (or with a unit m, km, mi, nmi or ft, "
                + "e.g. 500km)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Lengths.parseListKm("--range", "480,,500", LengthUnit.KM));
        assertEquals("--range '480,,500': empty element; expected ranges like 480,500,1000,5500", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Lengths.parseListKm("--range", " ", LengthUnit.KM));
        assertEquals("--range ' ': no range given; expected e.g. 480,500,1000,5500", e.getMessage());
    }

    /** Seeded round trip: a length written by {@link KmFormat#plain} in any unit parses back to itself. */
    @Test
    void formattedLengthsParseBack() {
        SplittableRandom rnd = new SplittableRandom(20261202L);
        for (int i = 0; i < 2000; i++) {
            double km = Math.scalb(rnd.nextDouble(1, 2), rnd.nextInt(-10, 15));
            String text = KmFormat.plain(km) + (rnd.nextBoolean() ? " km" : "km");
            assertEquals(km, Lengths.parseKm(text, LengthUnit.M), 0.0, text);
            LengthUnit u = LengthUnit.values()[rnd.nextInt(LengthUnit.values().length)];
            double v = km * 1000 / u.meters();
            double back = Lengths.parseMeters(KmFormat.plain(v) + u.symbol(), LengthUnit.KM);
            assertEquals(km * 1000, back, 1e-15 * km * 1000 * 4, u + " " + v);
        }
    }
}
