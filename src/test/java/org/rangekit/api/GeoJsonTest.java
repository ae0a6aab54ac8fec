package org.rangekit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/** {@link GeoJson}: a shape's feature carries its exact area and no category unless given one. */
class GeoJsonTest {

    @Test
    void featureOfAShape() throws Exception {
        RingShape band = Rings.band(GeoPoint.of(48.58, -45.8), 500, 1000, EarthModel.SPHERE);
        JsonNode f = new ObjectMapper().readTree(GeoJson.toString(List.of(GeoJson.feature(band, "500–1,000 km", null))))
                .get("features").get(0);
        JsonNode p = f.get("properties");
        assertEquals("48.58,-45.8", p.get("site").asText());
        assertEquals(500, p.get("inner_km").asDouble());
        assertEquals(1000, p.get("outer_km").asDouble());
        assertTrue(p.get("category").isNull(), "no category unless one is given");
        assertEquals(band.areaSquareKm(), p.get("area_km2").asDouble(), 0.0005);
        assertEquals(EarthModel.SPHERE.label(), p.get("earth").asText());
        assertEquals("MultiPolygon", f.get("geometry").get("type").asText(), "one geometry type for every band");
        assertEquals("500–1,000 km", p.get("name").asText());
        assertEquals("band", p.get("kind").asText());
    }

    @Test
    void featuresCarryTheSetsCategories() throws Exception {
        Site ky = SiteCatalog.builtIn().find("kapustin-yar").orElseThrow();
        JsonNode fs = new ObjectMapper().readTree(GeoJson.toString(
                GeoJson.features(List.of(ky), ThresholdSet.custom(List.of(480.0, 500.0, 1000.0)), EarthModel.WGS84,
                        true, 1000))).get("features");
        // Three bands, then the site's ±50 km "possibly in range" band of each range: [r − 50, r + 50].
        assertEquals(6, fs.size());
        assertEquals(ThresholdSet.INF_NOT_COVERED, fs.get(1).get("properties").get("category").asText(), "480–500");
        assertEquals(ThresholdSet.INF_SHORTER, fs.get(2).get("properties").get("category").asText(), "500–1000");
        double[][] edges = {{430, 530}, {450, 550}, {950, 1050}};
        for (int i = 0; i < 3; i++) {
            JsonNode p = fs.get(3 + i).get("properties");
            assertEquals("possibly in range", p.get("category").asText());
            assertEquals(edges[i][0], p.get("inner_km").asDouble());
            assertEquals(edges[i][1], p.get("outer_km").asDouble());
        }
    }
}
