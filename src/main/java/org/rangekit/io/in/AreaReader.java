package org.rangekit.io.in;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.GeodesicArea;
import org.rangekit.io.in.data.Country;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;

/**
 * Reads areas to measure ranges from: GeoJSON (RFC 7946; a geometry, a Feature or a
 * FeatureCollection), WKT ({@code .wkt}, x = longitude) and KML ({@code .kml}: the coordinates of
 * every Polygon, LineString and Point), or a country of the embedded Natural Earth 50m data.
 *
 * <p>Edges in these files are straight lines in lon/lat (RFC 7946 §3.1.1; GDAL's reading of WKT
 * and KML); {@link GeodesicArea#fromLonLat} densifies them into geodesic edges. KML is parsed with
 * the JDK's StAX with DTDs and external entities off.
 */
public final class AreaReader {

    private static final GeometryFactory GF = new GeometryFactory();

    private AreaReader() {
    }

    /**
     * Reads an area file; the format follows the extension ({@code .geojson}, {@code .json},
     * {@code .wkt}, {@code .kml}).
     *
     * @throws IllegalArgumentException naming the file and what was wrong
     * @throws IOException if the file cannot be read
     */
    public static GeodesicArea read(Path file, EarthModel earth) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Geometry g;
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            g = geoJson(new ObjectMapper().readTree(file.toFile()), file);
        } else if (name.endsWith(".wkt")) {
            try {
                g = new WKTReader(GF).read(Files.readString(file));
            } catch (ParseException e) {
                throw new IllegalArgumentException(file + ": not valid WKT: " + e.getMessage(), e);
            }
        } else if (name.endsWith(".kml")) {
            try (InputStream in = Files.newInputStream(file)) {
                g = kml(in, file);
            }
        } else {
            throw new IllegalArgumentException("area file '" + file + "' must end in .geojson, .json, .wkt or .kml");
        }
        if (g.isEmpty()) {
            throw new IllegalArgumentException(file + ": no polygon, line or point in it");
        }
        return GeodesicArea.fromLonLat(g, earth);
    }

    /**
     * A country of the embedded Natural Earth 50m data by ISO alpha-3 code, Natural Earth ADM0_A3
     * code or name (any case); with {@code partContaining}, only the polygon of a multi-part country
     * that contains that point (Kaliningrad: {@code RUS} and 54.7,20.5).
     *
     * @throws IllegalArgumentException naming the code or point and what was expected
     */
    public static GeodesicArea country(String code, GeoPoint partContaining, EarthModel earth) {
        Country found = null;
        for (Country c : EmbeddedData.countries(Scale.S50M)) {
            if (c.isoA3().equalsIgnoreCase(code) || c.adm0A3().equalsIgnoreCase(code) || c.name().equalsIgnoreCase(code)) {
                found = c;
                break;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("country '" + code + "' is not an ISO alpha-3 code, Natural Earth"
                    + " ADM0_A3 code or name of the embedded 50m countries (e.g. RUS, BLR, Poland)");
        }
        Geometry g = found.geometry();
        if (partContaining != null) {
            var pt = GF.createPoint(new Coordinate(partContaining.normalizedLonDeg(), partContaining.latDeg()));
            Geometry part = null;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i).covers(pt)) {
                    part = g.getGeometryN(i);
                }
            }
            if (part == null) {
                throw new IllegalArgumentException("no part of " + found.name() + " (" + found.adm0A3() + ", "
                        + g.getNumGeometries() + " parts) contains " + partContaining.latDeg() + ","
                        + partContaining.lonDeg() + "; give a point inside the part wanted");
            }
            g = part;
        }
        return GeodesicArea.fromLonLat(g, earth);
    }

    /**
     * How outputs name a country or its part: {@code "RUS"}, {@code "RUS (part containing 54.71, 20.51)"}
     * (the code as given, degrees as {@link SiteParser#formatDeg}).
     */
    public static String countryName(String code, GeoPoint partContaining) {
        return code.strip() + (partContaining == null ? "" : " (part containing "
                + SiteParser.formatDeg(partContaining.latDeg()) + ", " + SiteParser.formatDeg(partContaining.lonDeg()) + ")");
    }

    /**
     * An area from a GeoJSON geometry, Feature or FeatureCollection given inline (a scenario's
     * {@code area: {geojson: ...}}), read as a file's would be.
     *
     * @param where what to call it in messages
     * @throws IllegalArgumentException naming {@code where} and what was wrong
     */
    public static GeodesicArea geoJson(JsonNode geometry, String where, EarthModel earth) {
        return nonEmpty(geoJson(geometry, Path.of(where)), where, earth);
    }

    /**
     * An area from WKT text given inline (a scenario's {@code area: {wkt: ...}}).
     *
     * @param where what to call it in messages
     * @throws IllegalArgumentException naming {@code where} and what was wrong
     */
    public static GeodesicArea wkt(String text, String where, EarthModel earth) {
        try {
            return nonEmpty(new WKTReader(GF).read(text), where, earth);
        } catch (ParseException e) {
            throw new IllegalArgumentException(where + ": not valid WKT: " + e.getMessage(), e);
        }
    }

    private static GeodesicArea nonEmpty(Geometry g, String where, EarthModel earth) {
        if (g.isEmpty()) {
            throw new IllegalArgumentException(where + ": no polygon, line or point in it");
        }
        return GeodesicArea.fromLonLat(g, earth);
    }

    private static Geometry geoJson(JsonNode n, Path file) {
        String type = n.path("type").asText("");
        List<Geometry> out = new ArrayList<>();
        switch (type) {
            case "FeatureCollection" -> n.path("features").forEach(f -> out.add(geoJson(f, file)));
            case "Feature" -> {
                if (!n.path("geometry").isNull() && !n.path("geometry").isMissingNode()) {
                    out.add(geoJson(n.path("geometry"), file));
                }
            }
            case "GeometryCollection" -> n.path("geometries").forEach(g -> out.add(geoJson(g, file)));
            case "Point" -> out.add(GF.createPoint(position(n.path("coordinates"), file)));
            case "MultiPoint" -> n.path("coordinates").forEach(c -> out.add(GF.createPoint(position(c, file))));
            case "LineString" -> out.add(GF.createLineString(positions(n.path("coordinates"), file)));
            case "MultiLineString" -> n.path("coordinates").forEach(c -> out.add(GF.createLineString(positions(c, file))));
            case "Polygon" -> out.add(polygon(n.path("coordinates"), file));
            case "MultiPolygon" -> n.path("coordinates").forEach(c -> out.add(polygon(c, file)));
            default -> throw new IllegalArgumentException(file + ": GeoJSON object of type '" + type
                    + "' is not a geometry, Feature or FeatureCollection");
        }
        return GF.buildGeometry(out);
    }

    private static Polygon polygon(JsonNode rings, Path file) {
        List<LinearRing> rs = new ArrayList<>();
        rings.forEach(r -> rs.add(GF.createLinearRing(closed(positions(r, file), file))));
        if (rs.isEmpty()) {
            throw new IllegalArgumentException(file + ": a Polygon with no rings");
        }
        return GF.createPolygon(rs.get(0), rs.subList(1, rs.size()).toArray(new LinearRing[0]));
    }

    private static Coordinate[] closed(Coordinate[] cs, Path file) {
        if (cs.length < 4 || !cs[0].equals2D(cs[cs.length - 1])) {
            throw new IllegalArgumentException(file + ": a polygon ring needs at least 4 positions, the last equal to"
                    + " the first (RFC 7946 §3.1.6), got " + cs.length);
        }
        return cs;
    }

    private static Coordinate[] positions(JsonNode arr, Path file) {
        List<Coordinate> out = new ArrayList<>();
        arr.forEach(c -> out.add(position(c, file)));
        return out.toArray(new Coordinate[0]);
    }

    private static Coordinate position(JsonNode c, Path file) {
        if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            throw new IllegalArgumentException(file + ": a position must be [longitude, latitude], got " + c);
        }
        double lon = c.get(0).asDouble(), lat = c.get(1).asDouble();
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
            throw new IllegalArgumentException(file + ": position " + c + " is outside [-180, 180] x [-90, 90]");
        }
        return new Coordinate(lon, lat);
    }

    private static Geometry kml(InputStream in, Path file) throws IOException {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Geometry> out = new ArrayList<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(in);
            List<String> stack = new ArrayList<>();
            LinearRing shell = null;
            List<LinearRing> holes = new ArrayList<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamReader.START_ELEMENT) {
                    stack.add(r.getLocalName());
                    if ("coordinates".equals(r.getLocalName())) {
                        Coordinate[] cs = kmlCoordinates(r.getElementText(), file);
                        stack.remove(stack.size() - 1);
                        if (stack.contains("outerBoundaryIs")) {
                            shell = GF.createLinearRing(closed(cs, file));
                        } else if (stack.contains("innerBoundaryIs")) {
                            holes.add(GF.createLinearRing(closed(cs, file)));
                        } else if (stack.get(stack.size() - 1).equals("LineString")) {
                            out.add(GF.createLineString(cs));
                        } else if (stack.get(stack.size() - 1).equals("Point") && cs.length == 1) {
                            out.add(GF.createPoint(cs[0]));
                        }
                    }
                } else if (ev == XMLStreamReader.END_ELEMENT) {
                    if ("Polygon".equals(r.getLocalName()) && shell != null) {
                        out.add(GF.createPolygon(shell, holes.toArray(new LinearRing[0])));
                        shell = null;
                        holes.clear();
                    }
                    stack.remove(stack.size() - 1);
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(file + ": not valid KML: " + e.getMessage(), e);
        } catch (java.util.MissingResourceException e) {
            throw new IllegalArgumentException(file + ": not valid KML: " + KmlPoints.malformed(e), e);
        }
        return GF.buildGeometry(out);
    }

    private static Coordinate[] kmlCoordinates(String text, Path file) {
        List<Coordinate> out = new ArrayList<>();
        for (String tuple : text.trim().split("\\s+")) {
            if (tuple.isEmpty()) {
                continue;
            }
            String[] v = tuple.split(",");
            try {
                double lon = Double.parseDouble(v[0]), lat = Double.parseDouble(v[1]);
                if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
                    throw new IllegalArgumentException(file + ": KML coordinate '" + tuple + "' is outside [-180, 180] x [-90, 90]");
                }
                out.add(new Coordinate(lon, lat));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(file + ": KML coordinate '" + tuple + "' is not lon,lat[,alt]", e);
            }
        }
        return out.toArray(new Coordinate[0]);
    }
}
