package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.ThresholdSet;

/**
 * Golden images: small maps of the seed case (Kapustin Yar, INF preset, 110m basemap) compared with
 * stored PNGs under a tolerance. Text layers are left out so that another machine's fonts do not fail
 * the test; geometry differences of a pixel here and there (anti-aliasing, JDK rasteriser) are
 * tolerated, a moved band or a missing layer is not.
 *
 * <p>To regenerate after an intended change: {@code mvn -o test -Dtest=GoldenImageTest -Drangekit.golden.update=true},
 * then LOOK at the images under src/test/resources/org/rangekit/render/.
 */
class GoldenImageTest {

    /** A pixel counts as different when a channel differs by more than this (of 255): beyond AA noise. */
    static final int CHANNEL_TOL = 40;
    /** At most this fraction of pixels may differ: a few edge pixels, not a layer. */
    static final double MAX_DIFF_FRACTION = 0.01;

    static final EnumSet<MapLayer> GEOMETRY_LAYERS = EnumSet.of(MapLayer.OCEAN, MapLayer.LAND, MapLayer.LAKES,
            MapLayer.BORDERS, MapLayer.GRATICULE, MapLayer.BANDS, MapLayer.RINGS);

    @ParameterizedTest
    @EnumSource(value = ProjectionKind.class, names = {"AEQD", "ORTHO", "WORLD"})
    void matchesGolden(ProjectionKind kind) throws IOException {
        // Centred as `map` centres it (Projections.defaultCentre: a Robinson map on Greenwich).
        MapSpec spec = new MapSpec(400, 300, 72, kind,
                org.rangekit.projection.Projections.defaultCentre(kind, MapContentTest.KY.point()), Double.NaN, EarthModel.WGS84,
                GEOMETRY_LAYERS, MapStyle.DEFAULT, "110m", "", "");
        MapContent content = RangeLayers.build(List.of(MapContentTest.KY), ThresholdSet.inf(), EarthModel.WGS84,
                false, List.of(), "", "");
        BufferedImage actual = MapWriter.image(spec, MapRenderer.prepare(spec, content, EmbeddedBasemaps::load));
        String name = "golden-" + kind.id() + "-kapustin-yar-400x300.png";
        if (Boolean.getBoolean("rangekit.golden.update")) {
            Path dir = Path.of("src/test/resources/org/rangekit/render");
            Files.createDirectories(dir);
            ImageIO.write(actual, "png", dir.resolve(name).toFile());
            return;
        }
        BufferedImage golden;
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertNotNull(in, "missing golden image " + name);
            golden = ImageIO.read(in);
        }
        int differing = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                int a = actual.getRGB(x, y);
                int g = golden.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((a >> shift) & 0xFF) - ((g >> shift) & 0xFF)) > CHANNEL_TOL) {
                        differing++;
                        break;
                    }
                }
            }
        }
        double fraction = differing / (400.0 * 300.0);
        assertTrue(fraction <= MAX_DIFF_FRACTION, name + ": " + differing + " pixels differ (" + fraction + ")");
    }
}
