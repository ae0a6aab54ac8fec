package org.rangekit.io.out;

import java.util.Map;
import java.util.TreeMap;

/**
 * QGIS layer styles (QML) in the map legend's colours, for the {@code layer_styles} table of a
 * GeoPackage: polygon layers categorised by {@code outer_km} (one fill per range, no outline:
 * outlines are the {@code rings} layer), points as triangles (sites) or dots (targets), rings and
 * other lines in ink, as the map draws them. Both the property-map form of QGIS ≥ 3.26 and the
 * {@code prop} form of older versions are written.
 */
final class LayerStyles {

    private LayerStyles() {
    }

    static String qml(OverlayLayers.Layer layer, OverlayStyle style, Map<Double, Integer> index) {
        String type = layer.geometryType();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n");
        b.append("<qgis version=\"3.28.0\" styleCategories=\"Symbology\">\n");
        String attr = type.equals("MultiPolygon") ? "outer_km" : null;
        TreeMap<Double, Integer> used = new TreeMap<>();
        if (attr != null) {
            for (GeoJsonWriter.Feature f : layer.features()) {
                double r = OverlayStyle.radiusKm(f);
                if (!Double.isNaN(r)) {
                    used.put(r, index.get(r));
                }
            }
        }
        if (attr != null && !used.isEmpty()) {
            b.append(" <renderer-v2 type=\"categorizedSymbol\" attr=\"").append(attr)
                    .append("\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n  <categories>\n");
            int k = 0;
            for (Map.Entry<Double, Integer> e : used.entrySet()) {
                String v = OverlayLayers.text(e.getKey());
                b.append("   <category value=\"").append(v).append("\" label=\"").append(v).append(" km\" symbol=\"")
                        .append(k++).append("\" render=\"true\"/>\n");
            }
            b.append("  </categories>\n  <symbols>\n");
            k = 0;
            for (Map.Entry<Double, Integer> e : used.entrySet()) {
                int i = e.getValue();
                b.append(fill(k++, style.fill(i), style.line(i), false));
            }
            b.append("  </symbols>\n </renderer-v2>\n");
        } else {
            b.append(" <renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n")
                    .append("  <symbols>\n");
            if (type.equals("Point")) {
                boolean site = layer.name().equals("sites");
                b.append(marker(0, site ? style.inkArgb() : style.targetArgb(), site ? "triangle" : "circle",
                        site ? 3.2 : 1.6));
            } else if (type.equals("MultiPolygon")) {
                b.append(fill(0, (style.inkArgb() & 0xFFFFFF) | 0x40000000, style.inkArgb(), true));
            } else {
                b.append(line(0, style.inkArgb(), style.lineWidthPx()));
            }
            b.append("  </symbols>\n </renderer-v2>\n");
        }
        b.append("</qgis>\n");
        return b.toString();
    }

    private static String fill(int name, int fillArgb, int lineArgb, boolean outline) {
        return symbol("fill", name, "SimpleFill", Map.of(
                "color", OverlayStyle.qgis(fillArgb), "style", "solid",
                "outline_color", OverlayStyle.qgis(lineArgb), "outline_style", outline ? "solid" : "no",
                "outline_width", "0.3", "outline_width_unit", "MM"));
    }

    private static String line(int name, int argb, double widthPx) {
        return symbol("line", name, "SimpleLine", Map.of(
                "line_color", OverlayStyle.qgis(argb), "line_style", "solid",
                "line_width", GeoJsonWriter.formatNumber(widthPx), "line_width_unit", "Pixel"));
    }

    private static String marker(int name, int argb, String shape, double sizeMm) {
        return symbol("marker", name, "SimpleMarker", Map.of(
                "color", OverlayStyle.qgis(argb), "name", shape, "size", GeoJsonWriter.formatNumber(sizeMm),
                "size_unit", "MM", "outline_color", "255,255,255,255", "outline_width", "0.2"));
    }

    private static String symbol(String type, int name, String layerClass, Map<String, String> props) {
        TreeMap<String, String> sorted = new TreeMap<>(props);
        StringBuilder b = new StringBuilder();
        b.append("   <symbol type=\"").append(type).append("\" name=\"").append(name)
                .append("\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n");
        b.append("    <layer class=\"").append(layerClass).append("\" enabled=\"1\" locked=\"0\" pass=\"0\">\n");
        b.append("     <Option type=\"Map\">\n");
        sorted.forEach((k, v) -> b.append("      <Option name=\"").append(k).append("\" type=\"QString\" value=\"")
                .append(v).append("\"/>\n"));
        b.append("     </Option>\n");
        sorted.forEach((k, v) -> b.append("     <prop k=\"").append(k).append("\" v=\"").append(v).append("\"/>\n"));
        b.append("    </layer>\n   </symbol>\n");
        return b.toString();
    }
}
