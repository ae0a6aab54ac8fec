package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rangekit.ExternalTools;
import org.rangekit.api.MapRequest;
import org.rangekit.api.Maps;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.MapFormat;
import org.rangekit.scenario.MapSettings;
import org.rangekit.scenario.Targets;

/**
 * Every format shows the same colours (issue "Safe edges", item 11): the PDF of a map,
 * rasterised by Poppler's {@code pdftoppm}, has the PNG's colour inside every band. Regression:
 * the PDF backend filled each annulus with the non-zero rule, so the 0–480 km band came out as
 * the colour of the discs stacked on it instead of its own.
 *
 * <p>The sample points are independent of the renderer's geometry: points at the middle distance
 * of each band, found with GeographicLib's direct problem at 72 azimuths, then projected with the
 * map's own projection and viewport (the only thing taken from the code under test, since it is
 * the same for both formats).
 */
class PdfColoursTest {

    /** Largest difference per RGB channel between the PNG and the rasterised PDF at one sample. */
    static final int CHANNEL_TOL = 24;

    /**
     * Share of a band's samples that must match: a few may fall on a label, a coastline or a
     * border, drawn anti-aliased a little differently by Java2D and Poppler.
     */
    static final double MIN_MATCHING = 0.9;

    /** Bands narrower than this on the canvas (pixels) are not sampled: their edges' strokes cover them. */
    static final double MIN_BAND_PX = 12;

    static final Site KY = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();

    @Test
    void pdfBandsHaveThePngColours(@TempDir Path dir) throws IOException, InterruptedException {
        Path pdftoppm = ExternalTools.require("pdftoppm");
        int w = 1000;
        int h = 700;
        double dpi = 72;
        MapRequest req = new MapRequest(List.of(KY), ThresholdSet.preset("inf"), EarthModel.WGS84, false,
                Targets.NONE, new MapSettings(ProjectionKind.AEQD, w, h, dpi, 1400, "110m", "t", "s"));
        // 1,400 km to the nearer edge: 0–480, 500–1000 and the inner part of 1000–5500 km are wide enough.
        BufferedImage png = Maps.image(req);
        Path pdf = dir.resolve("map.pdf");
        Files.write(pdf, Maps.render(req, MapFormat.PDF));
        Process p = new ProcessBuilder(pdftoppm.toString(), "-png", "-singlefile", "-scale-to-x", "" + w,
                "-scale-to-y", "" + h, pdf.toString(), dir.resolve("pdf").toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftoppm failed");
        BufferedImage raster = ImageIO.read(dir.resolve("pdf.png").toFile());
        assertEquals(w, raster.getWidth());
        assertEquals(h, raster.getHeight());

        MapRenderer.Prepared prepared = MapRenderer.prepare(Maps.spec(req), Maps.content(req), EmbeddedBasemaps::load);
        MapFrame frame = prepared.frame();
        List<Threshold> t = ThresholdSet.preset("inf").thresholds();
        int bandsSampled = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            double innerKm = i == 0 ? 0 : t.get(i - 1).radiusKm();
            double outerKm = t.get(i).radiusKm();
            if ((outerKm - innerKm) * 1000 * frame.view().pxPerMeter() < MIN_BAND_PX) {
                continue;
            }
            // Three distances across the band, 6 px clear of its edges, the outer band only near its inner edge.
            double marginKm = 6 / frame.view().pxPerMeter() / 1000;
            double loKm = innerKm + marginKm;
            double hiKm = Math.min(outerKm - marginKm, innerKm + 300);
            int inside = 0;
            int matching = 0;
            for (int j = 0; j < 3; j++) {
                double km = loKm + (hiKm - loKm) * j / 2;
                for (int k = 0; k < 72; k++) {
                    GeodesicData g = Geodesic.WGS84.Direct(KY.point().latDeg(), KY.point().lonDeg(), k * 5.0,
                            km * 1000);
                    double[] xy = frame.projection().forward(g.lat2, g.lon2);
                    int x = (int) Math.floor(frame.view().px(xy[0]));
                    int y = (int) Math.floor(frame.view().py(xy[1]));
                    if (x < 8 || y < 8 || x >= w - 8 || y >= h - 8) {
                        continue;
                    }
                    inside++;
                    if (close(png.getRGB(x, y), raster.getRGB(x, y))) {
                        matching++;
                    }
                }
            }
            if (inside < 10) {
                continue;
            }
            bandsSampled++;
            if (matching < MIN_MATCHING * inside) {
                failures.add(String.format("band %s–%s km: %d of %d samples differ more than %d per channel",
                        innerKm, outerKm, inside - matching, inside, CHANNEL_TOL));
            }
        }
        assertTrue(bandsSampled >= 3, "expected at least three bands on the canvas, sampled " + bandsSampled);
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > CHANNEL_TOL) {
                return false;
            }
        }
        return true;
    }
}
