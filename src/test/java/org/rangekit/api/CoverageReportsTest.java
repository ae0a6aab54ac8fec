package org.rangekit.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangekit.cli.Main;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.data.Scale;
import org.rangekit.io.out.report.Format;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/** The library's coverage report is the command's report, byte for byte. */
class CoverageReportsTest {

    static final Site KY = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();
    static final Site CH = SiteCatalog.builtIn().find("chernyakhovsk").orElseThrow();

    @Test
    void summaryBytesEqualTheCommandsForTwoSites() throws IOException {
        CoverageRequest r = new CoverageRequest(List.of(KY, CH), ThresholdSet.inf(), EarthModel.WGS84, "capitals",
                true, Format.JSON, Scale.S110M);
        assertArrayEquals(cli("coverage", "--site", "kapustin-yar", "--site", "chernyakhovsk", "--preset", "inf",
                "--targets", "capitals", "--summary", "--format", "json", "--quiet"), write(r));
    }

    @Test
    void perTargetBytesEqualTheCommands() throws IOException {
        CoverageRequest r = new CoverageRequest(List.of(KY), ThresholdSet.custom(List.of(480.0, 500.0)),
                EarthModel.SPHERE, "countries", false, Format.MD, Scale.S110M);
        byte[] lib = write(r);
        assertArrayEquals(cli("coverage", "--site", "kapustin-yar", "--range", "480,500", "--earth", "sphere",
                "--targets", "countries", "--format", "md", "--quiet"), lib);
        assertTrue(new String(lib, StandardCharsets.UTF_8).contains("| "), "a Markdown table");
    }

    /**
     * Regression: the notes of a report computed on the sphere said "exact area of the band on the
     * WGS84 ellipsoid" and "geodesic distance on the WGS84 ellipsoid".
     */
    @Test
    void sphereReportNotesNameTheSphere() throws IOException {
        for (boolean summary : new boolean[] {true, false}) {
            String text = new String(write(new CoverageRequest(List.of(KY), ThresholdSet.custom(List.of(480.0, 500.0)),
                    EarthModel.SPHERE, "capitals", summary, Format.MD, Scale.S110M)), StandardCharsets.UTF_8);
            assertFalse(text.contains("WGS84"), text);
            assertTrue(text.contains("on a sphere of radius 6,371,008.8 m"), text);
            String wgs = new String(write(new CoverageRequest(List.of(KY), ThresholdSet.custom(List.of(480.0, 500.0)),
                    EarthModel.WGS84, "capitals", summary, Format.MD, Scale.S110M)), StandardCharsets.UTF_8);
            assertTrue(wgs.contains("on the WGS84 ellipsoid"), wgs);
            assertFalse(wgs.contains("sphere"), wgs);
        }
    }

    @Test
    void aSummaryPastTheCutLocusIsRefusedBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> CoverageReports.write(new CoverageRequest(List.of(KY), ThresholdSet.custom(List.of(19_995.0)),
                        EarthModel.WGS84, "capitals", true, Format.CSV, Scale.S110M), out));
        assertTrue(e.getMessage().contains("past the cut locus of kapustin-yar"), e.getMessage());
        assertEquals(0, out.size());
    }

    private static byte[] write(CoverageRequest r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CoverageReports.write(r, out);
        return out.toByteArray();
    }

    private static byte[] cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
