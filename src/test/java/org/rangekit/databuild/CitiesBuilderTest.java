package org.rangekit.databuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Selection rules of cities.tsv on a hand-made cities500 excerpt. */
class CitiesBuilderTest {

    static String row(long id, String name, String code, String cc, long pop) {
        // GeoNames geoname table: 19 tab-separated columns.
        return id + "\t" + name + "\t" + name + "\t\t55.75222\t37.61556\tP\t" + code + "\t" + cc
                + "\t\t48\t\t\t\t" + pop + "\t\t144\tEurope/Moscow\t2024-01-01";
    }

    @Test
    void keepsLargePlacesAndCapitalsDropsSectionsAndDeadPlaces(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("cities500.txt");
        Files.write(src, List.of(
                row(3, "Big", "PPL", "RU", 5000),
                row(1, "Capital", "PPLC", "VA", 829),
                row(2, "Small", "PPL", "RU", 4999),
                row(4, "Section", "PPLX", "RU", 900000),
                row(5, "Abandoned", "PPLQ", "RU", 9000),
                row(6, "Historical", "PPLH", "RU", 9000),
                row(7, "Destroyed", "PPLW", "RU", 9000),
                row(8, "OldCapital", "PPLCH", "ES", 9000),
                row(9, "Kosovo town", "PPLA", "XK", 9000)), StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        int n = CitiesBuilder.build(src, Map.of("RU", 643, "VA", 336), out);
        assertEquals(3, n);
        assertEquals(CitiesBuilder.HEADER + "\n"
                + "1\tCapital\tVA\t336\t55.75222\t37.61556\t829\tPPLC\t1\n"
                + "3\tBig\tRU\t643\t55.75222\t37.61556\t5000\tPPL\t0\n"
                + "9\tKosovo town\tXK\t\t55.75222\t37.61556\t9000\tPPLA\t0\n", out.toString());
    }

    /**
     * Regression: the ISO numeric code was formatted with the default locale, so a machine whose
     * locale uses other digits (Thai here) wrote them into cities.tsv.
     */
    @Test
    void isoCodesAreAsciiDigitsWhateverTheDefaultLocale(@TempDir Path dir) throws IOException {
        Path src = dir.resolve("cities500.txt");
        Files.write(src, List.of(row(1, "Andorra la Vella", "PPLC", "AD", 20430)), StandardCharsets.UTF_8);
        Locale before = Locale.getDefault();
        StringWriter out = new StringWriter();
        try {
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            CitiesBuilder.build(src, Map.of("AD", 20), out);
        } finally {
            Locale.setDefault(before);
        }
        assertEquals(CitiesBuilder.HEADER + "\n1\tAndorra la Vella\tAD\t020\t55.75222\t37.61556\t20430\tPPLC\t1\n",
                out.toString());
    }
}
