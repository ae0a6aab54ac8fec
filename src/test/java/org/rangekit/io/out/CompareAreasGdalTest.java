package org.rangekit.io.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangekit.ExternalTools;
import org.rangekit.Slow;
import org.rangekit.cli.Main;

/**
 * GDAL reads the area polygons of {@code compare --vs-site --features} (each site's disc less the
 * other's) as valid Multi Polygons with {@code area_km2}, in GeoPackage and KML, also when the
 * discs cross ±180° (Petropavlovsk-Kamchatsky against a site in Chukotka, 2,000 km).
 */
@Slow
class CompareAreasGdalTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} vs {1} {2} km")
    @CsvSource({"kapustin-yar, deveselu, 1000", "petropavlovsk-kamchatsky, '62,-170', 2000"})
    void vsSiteAreasAreValidInGeoPackageAndKml(String site, String vs, String km) throws Exception {
        ExternalTools.require("ogrinfo");
        for (String ext : new String[] {"gpkg", "kml"}) {
            Path f = dir.resolve("vs-" + site + "." + ext);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), "compare", "--site", site, "--vs-site", vs,
                    "--range", km, "--targets", "capitals", "-o", dir.resolve("r.csv").toString(), "--features",
                    f.toString());
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            if (ext.equals("gpkg")) {
                assertEquals(new OverlayGdalTest.LayerInfo("Multi Polygon", 2), OverlayGdalTest.layers(f).get("areas"));
                OverlayGdalTest.assertAllValid(f, "areas", "geom", 2);
                String a = OverlayGdalTest.ogrinfo("-q", "-sql", "SELECT change, area_km2 FROM areas", f.toString());
                assertEquals(2, OverlayGdalTest.count(a, "area_km2 (Real) = "), a);
                assertTrue(a.contains("change (String) = only_vs_site") && a.contains("change (String) = only_site"), a);
            } else {
                OverlayGdalTest.assertAllValid(f, "areas", "geometry", 2);
            }
        }
    }
}
