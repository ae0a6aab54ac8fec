package org.rangekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coverage --features FILE}: every target as a point feature whose band columns agree with
 * the per-target report written by the report code path, in the format of the extension.
 */
class CoverageFeaturesTest {

    @TempDir
    Path dir;

    @Test
    void targetPointsCarryTheReportsBands() throws Exception {
        Path report = dir.resolve("capitals.json");
        Path features = dir.resolve("capitals.geojson");
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--preset", "inf", "--targets", "capitals",
                "--quiet", "-o", report.toString(), "--features", features.toString());
        assertEquals(0, r.exitCode(), r.toString());
        ObjectMapper m = new ObjectMapper();
        JsonNode rows = m.readTree(report.toFile()).get("targets");
        Map<String, String> bandByName = new HashMap<>();
        rows.forEach(row -> bandByName.put(row.get("name").asText() + "/" + row.get("country").asText(),
                row.get("band").asText()));
        JsonNode fs = m.readTree(features.toFile()).get("features");
        assertEquals(rows.size(), fs.size(), "one point per report row");
        assertTrue(fs.size() > 100, "capitals: " + fs.size());
        for (JsonNode f : fs) {
            JsonNode p = f.get("properties");
            assertEquals("target", p.get("kind").asText());
            assertEquals("Point", f.get("geometry").get("type").asText());
            String key = p.get("name").asText() + "/" + p.get("country").asText();
            assertEquals(bandByName.get(key), p.get("band").asText(), key);
        }
    }

    @Test
    void aFeatureFileOfAnotherFormatIsBadInputAndNothingIsWritten() {
        Path shp = dir.resolve("t.shp");
        Cli.Result r = Cli.run("coverage", "--site", "kapustin-yar", "--range", "500", "--targets", "capitals",
                "--quiet", "--features", shp.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.stderr().contains("--features '" + shp + "'") && r.stderr().contains("got .shp"), r.stderr());
        assertFalse(Files.exists(shp));
        assertEquals(0, r.stdoutBytes().length, "no report either");
    }
}
