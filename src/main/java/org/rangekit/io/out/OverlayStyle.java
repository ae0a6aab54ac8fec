package org.rangekit.io.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The colours of an overlay, as the map legend draws them: band {@code i} (the i-th range from the
 * inside, counted over every distinct outer radius of the features) is filled with
 * {@code fills.get(i)} and outlined with {@code lines.get(i)}, cycling; range rings, sites and
 * radials are drawn in ink, targets in a dark grey. The palette itself lives with the maps
 * ({@code render.MapStyle}); the library facade ({@code api.Overlays}) hands it over, so that
 * writers do not depend on the renderer.
 *
 * @param fillArgb band fill colours with alpha, packed 0xAARRGGBB
 * @param lineArgb band outline colours (where a reader outlines polygons), packed 0xAARRGGBB
 * @param inkArgb colour of range rings, sites and radials, packed 0xAARRGGBB
 * @param targetArgb colour of target points, packed 0xAARRGGBB
 * @param lineWidthPx width of ring outlines (pixels)
 */
public record OverlayStyle(List<Integer> fillArgb, List<Integer> lineArgb, int inkArgb, int targetArgb,
        double lineWidthPx) {

    public OverlayStyle {
        fillArgb = List.copyOf(fillArgb);
        lineArgb = List.copyOf(lineArgb);
        if (fillArgb.isEmpty() || fillArgb.size() != lineArgb.size()) {
            throw new IllegalArgumentException("fill and line palettes must be non-empty and of equal size, got "
                    + fillArgb.size() + " and " + lineArgb.size());
        }
        if (!(lineWidthPx > 0)) {
            throw new IllegalArgumentException("line width must be > 0 px, got " + lineWidthPx);
        }
    }

    /** Fill colour of band {@code i} (cycling). */
    public int fill(int i) {
        return fillArgb.get(Math.floorMod(i, fillArgb.size()));
    }

    /** Outline colour of band {@code i} (cycling). */
    public int line(int i) {
        return lineArgb.get(Math.floorMod(i, lineArgb.size()));
    }

    /**
     * Whether a feature is a "possibly in range" band ({@link RingFeatures#possibly}): drawn in a
     * translucent ink ({@link #possiblyFillArgb()}), not in a band colour, so that the band colours
     * stay those of the map legend.
     */
    public static boolean possibly(GeoJsonWriter.Feature f) {
        return RingFeatures.POSSIBLY_CATEGORY.equals(f.properties().get("category"));
    }

    /**
     * Fill of the "possibly in range" bands: the ink at 25 % opacity (the map hatches them in ink), as
     * KML's {@code line} style fills polygons without a band colour.
     */
    public int possiblyFillArgb() {
        return (inkArgb & 0xFFFFFF) | 0x40000000;
    }

    /**
     * The radius (km) that decides a feature's colour: {@code outer_km} or {@code radius_km}; NaN for
     * none and for the "possibly in range" bands ({@link #possibly}).
     */
    public static double radiusKm(GeoJsonWriter.Feature f) {
        if (possibly(f)) {
            return Double.NaN;
        }
        Object v = f.properties().get("outer_km");
        if (v == null) {
            v = f.properties().get("radius_km");
        }
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /**
     * The colour index of every distinct radius among {@code features}: 0 for the smallest, as the
     * map numbers its bands from the inside.
     */
    public static Map<Double, Integer> indexByRadius(List<GeoJsonWriter.Feature> features) {
        TreeMap<Double, Integer> out = new TreeMap<>();
        for (GeoJsonWriter.Feature f : features) {
            double r = radiusKm(f);
            if (!Double.isNaN(r)) {
                out.put(r, 0);
            }
        }
        List<Double> keys = new ArrayList<>(out.keySet());
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i), i);
        }
        return out;
    }

    /** {@code #rrggbb} of a packed colour. */
    public static String hex(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    /** Alpha of a packed colour, 0–1, rounded to 3 decimals. */
    public static double opacity(int argb) {
        return Math.round(((argb >>> 24) & 0xFF) / 255.0 * 1000) / 1000.0;
    }

    /** KML's {@code aabbggrr} of a packed colour. */
    public static String kml(int argb) {
        int a = (argb >>> 24) & 0xFF;
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        return String.format(Locale.ROOT, "%02x%02x%02x%02x", a, b, g, r);
    }

    /** QGIS's {@code r,g,b,a} of a packed colour. */
    public static String qgis(int argb) {
        return ((argb >> 16) & 0xFF) + "," + ((argb >> 8) & 0xFF) + "," + (argb & 0xFF) + "," + ((argb >>> 24) & 0xFF);
    }

    /**
     * The features with simplestyle-spec 1.1 properties appended (github.com/mapbox/simplestyle-spec):
     * polygons {@code fill, fill-opacity, stroke, stroke-width}, lines {@code stroke,
     * stroke-width}, points {@code marker-color}; every feature {@code title} (its name) and
     * {@code description}. geojson.io and GitHub draw them in the map's colours.
     *
     * @param features overlay features with {@code name} and {@code kind}
     */
    public List<GeoJsonWriter.Feature> simplestyle(List<GeoJsonWriter.Feature> features) {
        Map<Double, Integer> index = indexByRadius(features);
        List<GeoJsonWriter.Feature> out = new ArrayList<>(features.size());
        for (GeoJsonWriter.Feature f : features) {
            Map<String, Object> p = new java.util.LinkedHashMap<>(f.properties());
            double r = radiusKm(f);
            int i = Double.isNaN(r) ? 0 : index.get(r);
            String type = f.geometry().getGeometryType();
            if (type.endsWith("Polygon") && possibly(f)) {
                p.put("fill", hex(possiblyFillArgb()));
                p.put("fill-opacity", opacity(possiblyFillArgb()));
                p.put("stroke", hex(inkArgb));
                p.put("stroke-width", lineWidthPx);
            } else if (type.endsWith("Polygon")) {
                p.put("fill", hex(fill(i)));
                p.put("fill-opacity", opacity(fill(i)));
                p.put("stroke", hex(line(i)));
                p.put("stroke-width", lineWidthPx);
            } else if (type.endsWith("LineString")) {
                p.put("stroke", hex(inkArgb));
                p.put("stroke-width", lineWidthPx);
            } else {
                p.put("marker-color", hex("target".equals(p.get("kind")) ? targetArgb : inkArgb));
            }
            p.put("title", OverlayLayers.text(p.get("name")));
            p.put("description", description(f));
            out.add(new GeoJsonWriter.Feature(f.geometry(), p));
        }
        return out;
    }

    /** One line describing a feature: its site, label and category, area; e.g. for popups. */
    public static String description(GeoJsonWriter.Feature f) {
        List<String> parts = new ArrayList<>();
        for (String k : List.of("site_name", "label", "category")) {
            Object v = f.properties().get(k);
            if (v != null && !v.toString().isEmpty() && !v.equals(f.properties().get("name"))) {
                parts.add(v.toString());
            }
        }
        Object area = f.properties().get("area_km2");
        if (area != null) {
            parts.add("area " + OverlayLayers.text(area) + " km²");
        }
        Object u = f.properties().get("uncertainty_km");
        if (u != null) {
            parts.add("position ±" + OverlayLayers.text(u) + " km");
        }
        Object src = f.properties().get("source");
        if (src != null && !src.toString().isEmpty()) {
            parts.add("source: " + src);
        }
        return String.join("; ", parts);
    }
}
