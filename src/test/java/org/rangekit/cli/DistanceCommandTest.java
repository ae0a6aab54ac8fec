package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code rangekit distance} against GeodSolve reference values (see the resource file for the command). */
class DistanceCommandTest {

    /** Printed with 3 decimals: half a unit of the last place, plus a hair for the reference's own rounding. */
    static final double PRINTED_KM_TOL = 0.0005 + 1e-9;
    static final double PRINTED_DEG_TOL = 0.0005 + 1e-9;

    record Ref(String from, String to, String earth, double azi1Deg, double s12M) {
        @Override
        public String toString() {
            return from + " -> " + to + " (" + earth + ")";
        }
    }

    static Stream<Ref> references() throws IOException {
        List<Ref> refs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DistanceCommandTest.class.getResourceAsStream("geodsolve-distance.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\\|");
                String[] sol = f[4].strip().split("\\s+");
                refs.add(new Ref(f[0].strip(), f[1].strip(), f[2].strip(), Double.parseDouble(sol[0]),
                        Double.parseDouble(sol[2])));
            }
        }
        return refs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void matchesGeodSolve(Ref ref) {
        Cli.Result r = Cli.run("distance", "--from", ref.from(), "--to", ref.to(), "--earth", ref.earth());
        assertEquals(0, r.exitCode(), r.toString());
        Map<String, String> out = parse(r.stdout());
        assertEquals(ref.s12M() / 1000, Double.parseDouble(out.get("distance_km")), PRINTED_KM_TOL);
        assertTrue(out.get("distance_km").matches("\\d+\\.\\d{3}"), "3 decimals: " + out.get("distance_km"));
        double azi = Double.parseDouble(out.get("azimuth_deg").split(" ")[0]);
        double expected = ref.azi1Deg() < 0 ? ref.azi1Deg() + 360 : ref.azi1Deg();
        assertEquals(expected, azi, PRINTED_DEG_TOL);
        assertEquals(ref.earth().equals("wgs84") ? "WGS84" : "sphere", out.get("earth"));
    }

    @Test
    void reportsTheInfCategoryOfTheDistance() {
        // Kapustin Yar to Mozdok: 544.352 km, inside the INF shorter range [500, 1000] km.
        assertEquals("shorter-range (INF)", parse(Cli.run("distance", "--from", "kapustin-yar", "--to", "mozdok")
                .stdout()).get("category"));
        // Kapustin Yar to Deveselu: 1,713.349 km, intermediate range (1000, 5500] km.
        assertEquals("intermediate-range (INF)", parse(Cli.run("distance", "--from", "kapustin-yar", "--to",
                "deveselu").stdout()).get("category"));
        // Chernyakhovsk to Redzikowo: 310.272 km, under 500 km.
        assertEquals("not covered by INF", parse(Cli.run("distance", "--from", "chernyakhovsk", "--to",
                "redzikowo").stdout()).get("category"));
    }

    static Map<String, String> parse(String stdout) {
        Map<String, String> m = new HashMap<>();
        for (String line : stdout.split("\n")) {
            int colon = line.indexOf(':');
            m.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return m;
    }
}
