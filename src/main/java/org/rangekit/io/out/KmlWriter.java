package org.rangekit.io.out;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes overlay features as KML 2.2 (OGC 07-147r2) for Google Earth, or as KMZ (the KML as
 * {@code doc.kml} in a zip, with the map legend as {@code legend.png} shown by a ScreenOverlay).
 *
 * <h2>Document</h2>
 * A Document with one shared Style per band colour ({@code band-0}, {@code band-1}, … in the map
 * legend's colours with their alpha, counted from the innermost range), and {@code ring} (range
 * rings in ink, as the map draws them), {@code site}, {@code target} and {@code line} styles; a
 * Folder per site (named by {@code site_name}; features without a site go to a Folder named after
 * their layer, such as {@code targets}); one Placemark
 * per feature with its {@code name}, a description table and ExtendedData carrying the same
 * properties as the GeoJSON. Geometry is clamped to the ground ({@code altitudeMode
 * clampToGround}, lines and polygons {@code tessellate}d so that they follow the globe).
 *
 * <h2>Poles and the antimeridian</h2>
 * Polygons are written as RFC 7946 GeoJSON has them: cut at ±180° into parts that touch the
 * antimeridian from either side, and a disc that contains a pole closed along the meridian ±180°
 * and the pole line. Google Earth joins two vertices by the shorter way round the globe, so an edge
 * of 180° of longitude or more (a pole line from +180° to −180°) would be ambiguous: such edges
 * get a vertex every 90° of longitude, all on the pole, and each part then has one reading and
 * Google Earth fills the side that holds the centre. Polygons carry no outline
 * ({@code <outline>0</outline>}): the cut and pole edges would show as lines. The range rings are
 * drawn by the separate {@code ring} Placemarks, LineStrings cut at ±180° without those edges.
 *
 * <p>Output is deterministic for the same input (the zip entries carry a fixed time).
 */
public final class KmlWriter {

    /** The KML 2.2 namespace. */
    public static final String NS = "http://www.opengis.net/kml/2.2";
    /** Name of the KML document inside a KMZ. */
    public static final String KMZ_DOC = "doc.kml";
    /** Name of the legend image inside a KMZ. */
    public static final String KMZ_LEGEND = "legend.png";
    /** Widest edge (degrees of longitude) written unsplit: Google Earth reads longer ones ambiguously. */
    static final double MAX_EDGE_LON_DEG = 90;
    /** Fixed time of the zip entries (1980-01-01, the zip epoch), so that KMZ files are reproducible. */
    private static final long ZIP_TIME = 315532800000L;

    private KmlWriter() {
    }

    /**
     * Writes a KML document, leaving the stream open.
     *
     * @param out where to write (UTF-8)
     * @param features overlay features with {@code name} and {@code kind}
     * @param style colours
     * @param title the Document's name
     * @param attribution data credit for the Document's description, or null
     */
    public static void writeKml(OutputStream out, List<GeoJsonWriter.Feature> features, OverlayStyle style,
            String title, String attribution) throws IOException {
        write(out, features, style, title, attribution, false);
    }

    /**
     * Writes a KMZ archive: {@code doc.kml} and, when given, the legend image shown in the lower
     * left corner; leaves the stream open.
     *
     * @param legendPng the legend as PNG bytes, or null for none
     */
    public static void writeKmz(OutputStream out, List<GeoJsonWriter.Feature> features, OverlayStyle style,
            String title, String attribution, byte[] legendPng) throws IOException {
        java.io.ByteArrayOutputStream kml = new java.io.ByteArrayOutputStream();
        write(kml, features, style, title, attribution, legendPng != null);
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        zip.setLevel(9);
        entry(zip, KMZ_DOC, kml.toByteArray());
        if (legendPng != null) {
            entry(zip, KMZ_LEGEND, legendPng);
        }
        zip.finish();
        zip.close();
        out.flush();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ZIP_TIME);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void write(OutputStream out, List<GeoJsonWriter.Feature> features, OverlayStyle style,
            String title, String attribution, boolean legend) throws IOException {
        Map<Double, Integer> index = OverlayStyle.indexByRadius(features);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(new NonClosing(out), "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("kml");
            x.writeDefaultNamespace(NS);
            x.writeStartElement("Document");
            text(x, "name", title);
            if (attribution != null && !attribution.isEmpty()) {
                text(x, "description", "Data: " + attribution);
            }
            styles(x, style, index.size());
            Map<String, List<GeoJsonWriter.Feature>> folders = new LinkedHashMap<>();
            for (GeoJsonWriter.Feature f : features) {
                OverlayLayers.kind(f); // refuses features without a known kind
                Object site = f.properties().get("site_name");
                String folder = site != null ? site.toString() : layerName(f);
                folders.computeIfAbsent(folder, k -> new ArrayList<>()).add(f);
            }
            for (Map.Entry<String, List<GeoJsonWriter.Feature>> e : folders.entrySet()) {
                x.writeStartElement("Folder");
                text(x, "name", e.getKey());
                for (GeoJsonWriter.Feature f : e.getValue()) {
                    placemark(x, f, index);
                }
                x.writeEndElement();
            }
            if (legend) {
                screenOverlay(x);
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write KML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static String layerName(GeoJsonWriter.Feature f) {
        return OverlayLayers.of(List.of(f)).get(0).name();
    }

    private static void styles(XMLStreamWriter x, OverlayStyle style, int bands) throws XMLStreamException {
        int n = Math.max(1, bands);
        for (int i = 0; i < n; i++) {
            x.writeStartElement("Style");
            x.writeAttribute("id", "band-" + i);
            x.writeStartElement("LineStyle");
            text(x, "color", OverlayStyle.kml(style.line(i)));
            text(x, "width", GeoJsonWriter.formatNumber(style.lineWidthPx()));
            x.writeEndElement();
            x.writeStartElement("PolyStyle");
            text(x, "color", OverlayStyle.kml(style.fill(i)));
            text(x, "fill", "1");
            text(x, "outline", "0");
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeStartElement("Style");
        x.writeAttribute("id", "ring");
        x.writeStartElement("LineStyle");
        text(x, "color", OverlayStyle.kml(style.inkArgb()));
        text(x, "width", GeoJsonWriter.formatNumber(style.lineWidthPx()));
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("Style");
        x.writeAttribute("id", "line");
        x.writeStartElement("LineStyle");
        text(x, "color", OverlayStyle.kml(style.inkArgb()));
        text(x, "width", GeoJsonWriter.formatNumber(style.lineWidthPx()));
        x.writeEndElement();
        x.writeStartElement("PolyStyle");
        text(x, "color", OverlayStyle.kml((style.inkArgb() & 0xFFFFFF) | 0x40000000));
        text(x, "outline", "1");
        x.writeEndElement();
        x.writeEndElement();
        for (String id : List.of("site", "target")) {
            x.writeStartElement("Style");
            x.writeAttribute("id", id);
            x.writeStartElement("IconStyle");
            text(x, "color", OverlayStyle.kml(id.equals("site") ? style.inkArgb() : style.targetArgb()));
            text(x, "scale", id.equals("site") ? "1.1" : "0.6");
            x.writeStartElement("Icon");
            text(x, "href", id.equals("site") ? "http://maps.google.com/mapfiles/kml/shapes/triangle.png"
                    : "http://maps.google.com/mapfiles/kml/shapes/shaded_dot.png");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
        }
    }

    private static void placemark(XMLStreamWriter x, GeoJsonWriter.Feature f, Map<Double, Integer> index)
            throws XMLStreamException {
        x.writeStartElement("Placemark");
        text(x, "name", OverlayLayers.text(f.properties().get("name")));
        text(x, "description", table(f));
        text(x, "styleUrl", "#" + styleId(f, index));
        x.writeStartElement("ExtendedData");
        for (Map.Entry<String, Object> e : f.properties().entrySet()) {
            x.writeStartElement("Data");
            x.writeAttribute("name", e.getKey());
            text(x, "value", OverlayLayers.text(e.getValue()));
            x.writeEndElement();
        }
        x.writeEndElement();
        geometry(x, f.geometry());
        x.writeEndElement();
    }

    private static String styleId(GeoJsonWriter.Feature f, Map<Double, Integer> index) {
        String kind = OverlayLayers.kind(f);
        double r = OverlayStyle.radiusKm(f);
        return switch (kind) {
            case "site" -> "site";
            case "target" -> "target";
            case "disc", "band" -> Double.isNaN(r) ? "line" : "band-" + index.get(r);
            case "ring" -> "ring";
            default -> "line";
        };
    }

    /** The properties as an HTML table (escaped by the XML writer; Google Earth shows it as HTML). */
    private static String table(GeoJsonWriter.Feature f) {
        StringBuilder b = new StringBuilder("<table>");
        for (Map.Entry<String, Object> e : f.properties().entrySet()) {
            b.append("<tr><th align=\"left\">").append(html(e.getKey())).append("</th><td>")
                    .append(html(OverlayLayers.text(e.getValue()))).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void geometry(XMLStreamWriter x, Geometry g) throws XMLStreamException {
        if (g.getNumGeometries() > 1 || !g.getGeometryType().equals(g.getGeometryN(0).getGeometryType())) {
            x.writeStartElement("MultiGeometry");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                single(x, g.getGeometryN(i));
            }
            x.writeEndElement();
        } else {
            single(x, g.getGeometryN(0));
        }
    }

    private static void single(XMLStreamWriter x, Geometry g) throws XMLStreamException {
        if (g instanceof Point p) {
            x.writeStartElement("Point");
            text(x, "altitudeMode", "clampToGround");
            text(x, "coordinates", coordinates(p.getCoordinates(), false));
            x.writeEndElement();
        } else if (g instanceof LineString l) {
            x.writeStartElement("LineString");
            text(x, "tessellate", "1");
            text(x, "altitudeMode", "clampToGround");
            text(x, "coordinates", coordinates(l.getCoordinates(), false));
            x.writeEndElement();
        } else if (g instanceof Polygon p) {
            Polygon o = org.rangekit.geometry.Rfc7946.orient(p);
            x.writeStartElement("Polygon");
            text(x, "tessellate", "1");
            text(x, "altitudeMode", "clampToGround");
            x.writeStartElement("outerBoundaryIs");
            linearRing(x, o.getExteriorRing().getCoordinates());
            x.writeEndElement();
            for (int i = 0; i < o.getNumInteriorRing(); i++) {
                x.writeStartElement("innerBoundaryIs");
                linearRing(x, o.getInteriorRingN(i).getCoordinates());
                x.writeEndElement();
            }
            x.writeEndElement();
        } else {
            throw new IllegalArgumentException("unsupported geometry type " + g.getGeometryType());
        }
    }

    private static void linearRing(XMLStreamWriter x, Coordinate[] cs) throws XMLStreamException {
        x.writeStartElement("LinearRing");
        text(x, "coordinates", coordinates(cs, true));
        x.writeEndElement();
    }

    /** {@code lon,lat} tuples; in polygon rings, edges wider than 90° of longitude get intermediate vertices. */
    static String coordinates(Coordinate[] cs, boolean splitWide) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cs.length; i++) {
            if (splitWide && i > 0) {
                double dx = cs[i].x - cs[i - 1].x;
                int parts = (int) Math.ceil(Math.abs(dx) / MAX_EDGE_LON_DEG - 1e-12);
                for (int k = 1; k < parts; k++) {
                    double t = (double) k / parts;
                    tuple(b, cs[i - 1].x + t * dx, cs[i - 1].y + t * (cs[i].y - cs[i - 1].y));
                }
            }
            tuple(b, cs[i].x, cs[i].y);
        }
        return b.toString();
    }

    private static void tuple(StringBuilder b, double lon, double lat) {
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(GeoJsonWriter.formatNumber(lon)).append(',').append(GeoJsonWriter.formatNumber(lat));
    }

    /** The legend in its own Folder, so that GDAL shows it as an empty layer {@code Legend}. */
    private static void screenOverlay(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("Folder");
        text(x, "name", "Legend");
        x.writeStartElement("ScreenOverlay");
        text(x, "name", "Legend");
        x.writeStartElement("Icon");
        text(x, "href", KMZ_LEGEND);
        x.writeEndElement();
        xy(x, "overlayXY", 0, 0);
        xy(x, "screenXY", 0.01, 0.04);
        xy(x, "size", 0, 0);
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void xy(XMLStreamWriter x, String name, double xv, double yv) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeAttribute("x", GeoJsonWriter.formatNumber(xv));
        x.writeAttribute("y", GeoJsonWriter.formatNumber(yv));
        x.writeAttribute("xunits", "fraction");
        x.writeAttribute("yunits", "fraction");
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    /** Lets the XML writer and the zip stream close without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
