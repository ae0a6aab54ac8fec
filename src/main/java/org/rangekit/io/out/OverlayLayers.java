package org.rangekit.io.out;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Routes overlay features into layers by their {@code kind} property, each layer with one
 * declared geometry type, for the formats that need one (GeoPackage, FlatGeobuf) and for the
 * layered ones (KML folders, GeoPackage tables).
 *
 * <table>
 * <caption>Layers by kind</caption>
 * <tr><th>layer</th><th>kinds</th><th>geometry</th></tr>
 * <tr><td>{@code sites}</td><td>{@code site}</td><td>Point</td></tr>
 * <tr><td>{@code bands}</td><td>{@code disc}, {@code band}</td><td>MultiPolygon</td></tr>
 * <tr><td>{@code sectors}</td><td>{@code sector}</td><td>MultiPolygon</td></tr>
 * <tr><td>{@code areas}</td><td>{@code area} (polygons)</td><td>MultiPolygon</td></tr>
 * <tr><td>{@code area_lines}</td><td>{@code area} (lines: an area's borders or coastlines)</td><td>MultiLineString</td></tr>
 * <tr><td>{@code rings}</td><td>{@code ring}</td><td>MultiLineString</td></tr>
 * <tr><td>{@code radials}</td><td>{@code radial}</td><td>MultiLineString</td></tr>
 * <tr><td>{@code targets}</td><td>{@code target}</td><td>Point</td></tr>
 * </table>
 *
 * A format with one layer per file (GeoJSON, FlatGeobuf, CSV) holds the {@link #main} layer: the
 * targets if there are any (coverage and compare points), else the polygons (bands, sectors and
 * areas together), else the lines, else the sites. An {@code area} feature is routed by its geometry:
 * polygons to {@code areas}, lines to {@code area_lines}. Polygons are always MultiPolygons and lines MultiLineStrings, so that no layer
 * mixes Polygon and MultiPolygon.
 */
public final class OverlayLayers {

    /**
     * A layer: its name, its geometry type ({@code Point}, {@code MultiLineString}, {@code
     * MultiPolygon}), its features.
     */
    public record Layer(String name, String geometryType, List<GeoJsonWriter.Feature> features) {
        public Layer {
            features = List.copyOf(features);
        }

        /** The property names of the layer's features, in first-seen order. */
        public List<String> columns() {
            LinkedHashMap<String, Boolean> names = new LinkedHashMap<>();
            for (GeoJsonWriter.Feature f : features) {
                f.properties().keySet().forEach(k -> names.put(k, true));
            }
            return List.copyOf(names.keySet());
        }

        /** The column type of a property: {@code text}, {@code integer} or {@code real}, by its values. */
        public String columnType(String column) {
            boolean anyReal = false;
            boolean anyInteger = false;
            for (GeoJsonWriter.Feature f : features) {
                Object v = f.properties().get(column);
                if (v == null) {
                    continue;
                }
                if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                    anyInteger = true;
                } else if (v instanceof Number) {
                    anyReal = true;
                } else {
                    return "text";
                }
            }
            return anyReal ? "real" : anyInteger ? "integer" : "text";
        }
    }

    /** Layer names in writing order. */
    public static final List<String> ORDER = List.of("sites", "bands", "sectors", "areas", "area_lines", "rings",
            "radials", "targets");

    private static final Map<String, String> LAYER_OF_KIND = Map.of(
            "site", "sites", "disc", "bands", "band", "bands", "sector", "sectors", "area", "areas",
            "ring", "rings", "radial", "radials", "target", "targets");

    private static final Map<String, String> TYPE_OF_LAYER = Map.of(
            "sites", "Point", "bands", "MultiPolygon", "sectors", "MultiPolygon", "areas", "MultiPolygon",
            "area_lines", "MultiLineString", "rings", "MultiLineString", "radials", "MultiLineString",
            "targets", "Point");

    private OverlayLayers() {
    }

    /**
     * The kind of a feature: its {@code kind} property.
     *
     * @throws IllegalArgumentException when it has none or an unknown one
     */
    public static String kind(GeoJsonWriter.Feature f) {
        Object k = f.properties().get("kind");
        if (k == null || !LAYER_OF_KIND.containsKey(k.toString())) {
            throw new IllegalArgumentException("feature kind must be one of " + String.join(", ",
                    new java.util.TreeSet<>(LAYER_OF_KIND.keySet())) + ", got " + k + " in " + f.properties());
        }
        return k.toString();
    }

    /** The layer of a feature: by its kind, and for an {@code area} by its geometry (lines: {@code area_lines}). */
    static String layerOf(GeoJsonWriter.Feature f) {
        String kind = kind(f);
        if (kind.equals("area") && f.geometry() instanceof org.locationtech.jts.geom.Lineal) {
            return "area_lines";
        }
        return LAYER_OF_KIND.get(kind);
    }

    /** The non-empty layers of {@code features}, in {@link #ORDER}, geometries promoted to the layer's type. */
    public static List<Layer> of(List<GeoJsonWriter.Feature> features) {
        Map<String, List<GeoJsonWriter.Feature>> byLayer = new LinkedHashMap<>();
        ORDER.forEach(n -> byLayer.put(n, new ArrayList<>()));
        for (GeoJsonWriter.Feature f : features) {
            String layer = layerOf(f);
            byLayer.get(layer).add(promoted(f, TYPE_OF_LAYER.get(layer)));
        }
        List<Layer> out = new ArrayList<>();
        byLayer.forEach((name, fs) -> {
            if (!fs.isEmpty()) {
                out.add(new Layer(name, TYPE_OF_LAYER.get(name), fs));
            }
        });
        return out;
    }

    /**
     * The one layer a single-layer format holds: the targets, else every polygon (bands, sectors,
     * areas) as {@code bands} or the first polygon layer's name, else lines, else sites.
     */
    public static Layer main(List<GeoJsonWriter.Feature> features) {
        List<Layer> layers = of(features);
        if (layers.isEmpty()) {
            return new Layer("features", "Point", List.of());
        }
        for (Layer l : layers) {
            if (l.name().equals("targets")) {
                return l;
            }
        }
        List<GeoJsonWriter.Feature> polygons = new ArrayList<>();
        String polygonName = null;
        for (Layer l : layers) {
            if (l.geometryType().equals("MultiPolygon")) {
                polygonName = polygonName == null ? l.name() : polygonName;
                polygons.addAll(l.features());
            }
        }
        if (!polygons.isEmpty()) {
            return new Layer(polygonName, "MultiPolygon", polygons);
        }
        for (String preferred : List.of("rings", "radials", "area_lines", "sites")) {
            for (Layer l : layers) {
                if (l.name().equals(preferred)) {
                    return l;
                }
            }
        }
        return layers.get(0);
    }

    private static GeoJsonWriter.Feature promoted(GeoJsonWriter.Feature f, String type) {
        Geometry g = f.geometry();
        Geometry p = g;
        if (type.equals("MultiPolygon") && g instanceof Polygon poly) {
            p = g.getFactory().createMultiPolygon(new Polygon[] {poly});
        } else if (type.equals("MultiLineString") && g instanceof LineString line) {
            p = g.getFactory().createMultiLineString(new LineString[] {line});
        }
        if (!p.getGeometryType().equals(type)) {
            throw new IllegalArgumentException("a " + kind(f) + " feature must be a " + type + ", got a "
                    + g.getGeometryType());
        }
        return p == g ? f : new GeoJsonWriter.Feature(p, f.properties());
    }

    /** A property value as text: numbers as GeoJSON writes them, null as the empty string. */
    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Long.toString(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return GeoJsonWriter.formatNumber(n.doubleValue());
        }
        return v.toString();
    }
}
