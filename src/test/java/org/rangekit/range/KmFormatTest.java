package org.rangekit.range;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KmFormatTest {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0          | 0          | 0
            0.001      | 0.001      | 0.001
            480        | 480        | 480
            480.5      | 480.5      | 480.5
            999.999    | 999.999    | 999.999
            1000       | 1000       | 1,000
            5500       | 5500       | 5,500
            19000.25   | 19000.25   | 19,000.25
            1234567    | 1234567    | 1,234,567
            1e21       | 1000000000000000000000 | 1,000,000,000,000,000,000,000
            """)
    void writesKilometresExactly(double km, String plain, String label) {
        assertEquals(plain, KmFormat.plain(km));
        assertEquals(label, KmFormat.label(km));
    }

    @Test
    void labelsAreTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("5,500.5", KmFormat.label(5500.5));
            assertEquals("1,000–5,500 km", KmFormat.band(1000, 5500));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void bandAndThresholdLabels() {
        assertEquals("480–500 km", KmFormat.band(480, 500));
        assertEquals("0–480 km", KmFormat.band(0, 480));
        assertEquals("500–1,000 km", KmFormat.band(500, 1000));
        assertEquals("1,000 km — INF shorter/intermediate boundary",
                KmFormat.threshold(1000, "INF shorter/intermediate boundary"));
        assertEquals("750 km", KmFormat.threshold(750, ""));
        assertEquals("750 km", KmFormat.threshold(750, null));
        assertEquals("-1,500.5", KmFormat.label(-1500.5));
        assertEquals("-0.5", KmFormat.label(-0.5));
        assertThrows(IllegalArgumentException.class, () -> KmFormat.plain(Double.NaN));
    }

    /** Seeded round trip: the label, with its separators removed, parses back to the same double. */
    @Test
    void labelsParseBackExactly() {
        SplittableRandom rnd = new SplittableRandom(7L);
        for (int i = 0; i < 5000; i++) {
            double km = Math.scalb(rnd.nextDouble(1, 2), rnd.nextInt(-20, 40));
            String label = KmFormat.label(km);
            assertEquals(km, Double.parseDouble(label.replace(",", "")), 0.0, label);
            assertEquals(km, Lengths.parseKm(KmFormat.plain(km), LengthUnit.KM), 0.0, label);
        }
    }
}
