package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.ScenarioReader;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.InvalidScenarioException;
import org.rangekit.scenario.MapSettings;
import org.rangekit.scenario.MapOutput;
import org.rangekit.scenario.Outputs;
import org.rangekit.scenario.Scenario;
import org.rangekit.scenario.Targets;
import org.rangekit.geodesy.EarthModel;

/**
 * Issue item: the same site given twice wrote duplicate features. Every command that takes
 * {@code --site} and every scenario refuses a site given again — by the same id, or by an id and
 * its coordinates typed out — with exit 2 naming both as typed and where the first was given
 * (SiteParser.parseAll, the one place).
 */
class DuplicateSitesTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandRefusesASiteGivenTwiceNamingBothAsTyped() {
        String[][] calls = {
            {"rings", "--preset", "inf", "-o", "-"},
            {"map", "--preset", "inf", "-o", "MAP"},
            {"coverage", "--preset", "inf", "--targets", "capitals", "-o", "-"},
            {"compare", "--range", "480", "--vs-range", "500", "--targets", "capitals", "-o", "-"},
        };
        String[][] sites = {
            {"kapustin-yar", "kapustin-yar", "the 1st --site"},
            {"kapustin-yar", "48.58175,45.74481", "the 1st --site"},
            {"48.58,45.8", "48°34.8′N 45°48′E", "the 1st --site"},
        };
        for (String[] call : calls) {
            for (String[] pair : sites) {
                Path map = dir.resolve("m.png");
                List<String> args = new java.util.ArrayList<>(List.of(call[0], "--site", pair[0], "--site", "mozdok",
                        "--site", pair[1]));
                for (int i = 1; i < call.length; i++) {
                    args.add(call[i].equals("MAP") ? map.toString() : call[i]);
                }
                Cli.Result r = Cli.run(args.toArray(String[]::new));
                assertEquals(2, r.exitCode(), args + ": " + r.stderr());
                assertEquals("rangekit " + call[0] + ": --site '" + pair[1] + "': the same site as '" + pair[0] + "' ("
                        + pair[2] + "); give each site once, or it is drawn, counted and exported twice",
                        r.stderr().strip(), args.toString());
                assertEquals(0, r.stdoutBytes().length);
                assertFalse(Files.exists(map));
            }
        }
        // Distinct sites still run.
        assertEquals(0, Cli.run("rings", "--site", "kapustin-yar", "--site", "48.6,45.75", "--range", "500", "-o", "-")
                .exitCode());
    }

    @Test
    void aScenarioRefusesASiteGivenTwiceNamingTheLinesOfBoth() {
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> ScenarioReader.parse("""
                sites:
                  - kapustin-yar
                  - mozdok
                  - "48.58175, 45.74481"
                preset: inf
                outputs: {maps: [a.png]}
                """, "d.yaml"));
        assertEquals("scenario d.yaml line 4: sites '48.58175, 45.74481': the same site as 'kapustin-yar' (line 2); "
                + "give each site once, or it is drawn, counted and exported twice", e.getMessage());
    }

    @Test
    void theRuleComparesIdsAndPointsToOneCentimetreWithPolesAndTheAntimeridian() {
        assertTrue(site("a", 10, 20).isSameSiteAs(site("b", 10.00000004, 20)));
        assertFalse(site("a", 10, 20).isSameSiteAs(site("b", 10.0000002, 20)), "2e-7 degrees (2 cm) apart");
        assertTrue(site("a", 10, 20).isSameSiteAs(site("a", -10, 30)), "the same id");
        assertTrue(site("a", 0, 180).isSameSiteAs(site("b", 0, -180)));
        assertTrue(site("a", 90, 0).isSameSiteAs(site("b", 90, 123)));
        assertFalse(site("a", 89.9, 0).isSameSiteAs(site("b", 89.9, 123)));
        assertFalse(site("a", -90, 0).isSameSiteAs(site("b", 90, 0)));
        // The library's Scenario holds each site once too.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Scenario(
                List.of(site("a", 1, 2), site("b", 1, 2)), ThresholdSet.inf(), EarthModel.WGS84, false, Targets.NONE,
                MapSettings.DEFAULT, new Outputs(List.of(MapOutput.of("a.png")), null, null)));
        assertEquals("site 'b' is the same site as 'a'; give each site once", e.getMessage());
    }

    private static Site site(String id, double lat, double lon) {
        return new Site(id, id, new GeoPoint(lat, lon), "", 0);
    }
}
