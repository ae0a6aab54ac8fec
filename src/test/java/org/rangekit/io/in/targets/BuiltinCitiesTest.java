package org.rangekit.io.in.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rangekit.coverage.Target;
import org.rangekit.io.in.data.Scale;

/**
 * The built-in {@code cities} and {@code capitals} sets against {@code data/cities.tsv} read here
 * line by line: every row becomes one target with its name, country code, coordinates, population
 * and the properties {@code geoname_id}, {@code feature_code} in that order, compared with the
 * {@code LinkedHashMap} the reports were written from before the sets were built once and shared.
 * Shared means immutable: the lists and the properties maps refuse changes.
 */
class BuiltinCitiesTest {

    private static List<String[]> rows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("data", "cities.tsv"), StandardCharsets.UTF_8);
        assertEquals("geonameid\tname\tcountry_code\tcountry_iso_n3\tlat\tlon\tpopulation\tfeature_code\tcapital",
                lines.get(0));
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            out.add(line.split("\t", -1));
        }
        return out;
    }

    @Test
    void everyRowIsOneTargetWithItsPropertiesInOrder() throws IOException {
        check(rows(), BuiltinTargets.load("cities", Scale.S110M));
    }

    @Test
    void capitalsAreTheRowsMarkedCapital() throws IOException {
        List<String[]> capitals = rows().stream().filter(f -> f[8].equals("1")).toList();
        assertTrue(capitals.size() > 190, "capitals: " + capitals.size());
        check(capitals, BuiltinTargets.load("capitals", Scale.S110M));
    }

    private static void check(List<String[]> rows, List<Target> targets) {
        assertEquals(rows.size(), targets.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            Target t = targets.get(i);
            String where = "row " + (i + 2) + " " + f[1];
            assertEquals(f[1], t.name(), where);
            assertEquals(f[2], t.country(), where);
            assertEquals(Double.parseDouble(f[4]), t.latDeg(), 0, where);
            assertEquals(Double.parseDouble(f[5]), t.lonDeg(), 0, where);
            assertEquals(Long.parseLong(f[6]), t.population(), where);
            assertNull(t.area(), where);

            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("geoname_id", f[0]);
            expected.put("feature_code", f[7]);
            Map<String, String> props = t.properties();
            assertEquals(expected, props, where);
            assertEquals(props, expected, where);
            assertEquals(expected.hashCode(), props.hashCode(), where);
            assertEquals(List.copyOf(expected.entrySet()), List.copyOf(props.entrySet()), where);
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(props.keySet()), where);
            assertEquals(f[0], props.get("geoname_id"), where);
            assertEquals(f[7], props.get("feature_code"), where);
            assertNull(props.get("name"), where);
            assertFalse(props.containsKey("capital"), where);
            assertTrue(props.containsKey("geoname_id") && props.containsKey("feature_code"), where);
        }
    }

    @Test
    void theSetsAreBuiltOnceAndRefuseChanges() {
        List<Target> cities = BuiltinTargets.load("cities", Scale.S110M);
        assertSame(cities, BuiltinTargets.load(" Cities ", Scale.S50M), "the cities do not depend on the scale");
        assertSame(BuiltinTargets.load("capitals", Scale.S110M), BuiltinTargets.load("CAPITALS", Scale.S110M));
        assertThrows(UnsupportedOperationException.class, () -> cities.remove(0));
        Map<String, String> props = cities.get(0).properties();
        assertThrows(UnsupportedOperationException.class, () -> props.put("geoname_id", "0"));
        assertThrows(UnsupportedOperationException.class, () -> props.remove("feature_code"));
        assertThrows(UnsupportedOperationException.class, () -> props.entrySet().iterator().next().setValue("x"));
        assertThrows(UnsupportedOperationException.class, props::clear);
        assertEquals(2, props.size());
        assertThrows(UnsupportedOperationException.class,
                () -> BuiltinTargets.load("countries", Scale.S110M).add(cities.get(0)));
    }
}
