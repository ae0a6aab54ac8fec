package org.rangekit.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.io.in.data.City;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.MapFormat;
import org.rangekit.scenario.MapSettings;
import org.rangekit.scenario.Targets;

/** {@link Maps}: the capitals it marks (by GeographicLib's distance), its titles and its three formats. */
class MapsTest {

    static final Site KY = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();

    @Test
    void capitalsWithinAreExactlyThoseInRangeMostPopulousFirst() {
        double rangeKm = 1000;
        List<City> in = Maps.capitalsWithin(List.of(KY), rangeKm, EarthModel.WGS84, 1000);
        long expected = EmbeddedData.cities().stream().filter(City::capital)
                .filter(c -> Geodesic.WGS84.Inverse(KY.point().latDeg(), KY.point().lonDeg(), c.latDeg(),
                        c.lonDeg()).s12 <= rangeKm * 1000)
                .count();
        assertEquals(expected, in.size());
        assertTrue(in.size() >= 3, "Tbilisi, Baku, Yerevan at least: " + in);
        for (int i = 1; i < in.size(); i++) {
            assertTrue(in.get(i - 1).population() >= in.get(i).population(), "most populous first");
        }
        assertEquals(2, Maps.capitalsWithin(List.of(KY), rangeKm, EarthModel.WGS84, 2).size(), "at most max");
    }

    @Test
    void defaultTitles() {
        assertEquals("INF Treaty ranges from Kapustin Yar", Maps.defaultTitle(List.of(KY), ThresholdSet.inf()));
        Site p = new Site("1,2", "1,2", GeoPoint.of(1, 2), "", 0);
        assertEquals("Ranges 480, 500.5 km from Kapustin Yar, 1,2",
                Maps.defaultTitle(List.of(KY, p), ThresholdSet.custom(List.of(500.5, 480.0))));
        assertEquals("Exact geodesic distances on the sphere sphere", Maps.defaultSubtitle(List.of(p),
                EarthModel.SPHERE), "the model's label, then what it is");
        assertTrue(Maps.defaultSubtitle(List.of(KY), EarthModel.WGS84).startsWith(
                "Exact geodesic distances on the WGS84 ellipsoid; site position uncertain by ±"));
    }

    @Test
    void rendersPngSvgPdfAndAnImage() throws Exception {
        MapRequest req = new MapRequest(List.of(KY), ThresholdSet.custom(List.of(500.0)), EarthModel.WGS84, false,
                Targets.NONE, new MapSettings(ProjectionKind.AEQD, 240, 160, 72, 800, "110m", "t", "s"));
        byte[] png = Maps.render(req, MapFormat.PNG);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage image = Maps.image(req);
        assertEquals(240, image.getWidth());
        assertEquals(160, image.getHeight());
        int[] a = decoded.getRGB(0, 0, 240, 160, null, 0, 240);
        int[] b = image.getRGB(0, 0, 240, 160, null, 0, 240);
        assertArrayEquals(a, b, "the image is the PNG's pixels");
        assertTrue(new String(Maps.render(req, MapFormat.SVG), StandardCharsets.UTF_8).contains("<svg"));
        assertTrue(new String(Maps.render(req, MapFormat.PDF), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
    }
}
