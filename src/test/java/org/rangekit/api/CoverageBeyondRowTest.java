package org.rangekit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.out.report.Format;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * Issue 8 item 13: the coverage summary has a row "beyond 5,500 km" (INF) per site and for the
 * union, so that the rows of a site count every target read; its total area is the figure's area
 * minus the outer disc's.
 */
class CoverageBeyondRowTest {

    static final Site KY = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();
    static final Site MOZDOK = SiteCatalog.builtIn().find("mozdok").orElseThrow();
    /** Rounding of area_total_km2 to 0.1 km², plus the 1e-9 relative accuracy of the disc area. */
    static final double AREA_TOL_KM2 = 0.05 + 1e-9 * 5.1e8;

    @Test
    void everySitesRowsCountEveryTargetRead() throws IOException {
        JsonNode report = json(new CoverageRequest(List.of(KY, MOZDOK), ThresholdSet.inf(), EarthModel.WGS84,
                "capitals", true, Format.JSON, Scale.S110M));
        long read = report.path("parameters").path("targets_read").asLong();
        assertEquals(CAPITALS, read);
        for (String site : List.of("kapustin-yar", "mozdok", "union")) {
            long sum = 0;
            int beyond = 0;
            for (JsonNode r : report.path("tables").get(0).path("rows")) {
                if (r.path("site").asText().equals(site)) {
                    sum += r.path("targets").asLong();
                    if (r.path("band").asText().equals("beyond 5,500 km")) {
                        beyond++;
                        assertEquals("(5,500, \u221E) km", r.path("interval").asText());
                        assertTrue(r.path("targets").asLong() > 100, "most capitals lie beyond 5,500 km: " + r);
                        assertTrue(r.path("population_area_share").isNull(), "no area-share population: " + r);
                        assertTrue(r.path("area_land_km2").isNull(), "no land area: " + r);
                    }
                }
            }
            assertEquals(1, beyond, site);
            assertEquals(read, sum, site);
        }
    }

    /** On the sphere the outside of a disc of radius s has the closed-form area 2πR²(1 + cos(s/R)). */
    @Test
    void beyondAreaIsTheSphereMinusTheOuterDisc() throws IOException {
        double r = EarthModel.SPHERE.equatorialRadiusMeters();
        for (double km : new double[] {480, 5500, 15_000}) {
            JsonNode rows = json(new CoverageRequest(List.of(KY), ThresholdSet.custom(List.of(km)),
                    EarthModel.SPHERE, "capitals", true, Format.JSON, Scale.S110M)).path("tables").get(0).path("rows");
            JsonNode beyond = rows.get(rows.size() - 1);
            assertTrue(beyond.path("band").asText().startsWith("beyond "), beyond.toString());
            double expectedKm2 = 2 * Math.PI * r * r * (1 + Math.cos(km * 1000 / r)) / 1e6;
            assertEquals(expectedKm2, beyond.path("area_total_km2").asDouble(), AREA_TOL_KM2, "beyond " + km + " km");
        }
    }

    /** Number of built-in capitals (the summary's targets_read). */
    static final long CAPITALS = 241;

    private static JsonNode json(CoverageRequest request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CoverageReports.write(request, out);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }
}
