package org.rangekit.databuild;

import org.rangekit.geometry.AntimeridianRepair;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.algorithm.Distance;

/**
 * Decodes TopoJSON (Bostock, TopoJSON Format Specification 1.0) into raw lon/lat rings and lines.
 *
 * <h2>Algorithm</h2>
 * Arcs are decoded once: with a {@code transform}, each arc is delta-encoded, so positions are the
 * running sums of its quantized steps, mapped by {@code x = qx · scale[0] + translate[0]} (spec §2.1.2).
 * A geometry lists arc indices; a negative index {@code ~i} (that is, {@code -i - 1}) means arc
 * {@code i} reversed (§2.1.4). Consecutive arcs of a ring or line share their joining point, which
 * is kept once.
 *
 * <h2>Limitations</h2>
 * Only the types the Natural Earth packages use are decoded: Polygon, MultiPolygon, LineString,
 * MultiLineString (and GeometryCollection of those). Rings are returned as read: the caller decides
 * how to interpret them (world-atlas rings are spherical and need {@link AntimeridianRepair}).
 *
 * <h2>Thread safety</h2>
 * Instances are immutable after construction.
 */
public final class TopoJson {

    /** One decoded geometry object: its id, properties and raw parts. */
    public record Item(String id, JsonNode properties, String type, List<List<Coordinate[]>> polygons,
                       List<Coordinate[]> lines) {
    }

    private final JsonNode root;
    private final List<Coordinate[]> arcs;

    private TopoJson(JsonNode root, double collinearToleranceDeg) {
        this.root = root;
        List<Coordinate[]> decoded = decodeArcs(root);
        if (collinearToleranceDeg > 0) {
            decoded.replaceAll(arc -> douglasPeucker(arc, collinearToleranceDeg));
        }
        this.arcs = decoded;
    }

    /** Parses a TopoJSON document. */
    public static TopoJson read(InputStream in) throws IOException {
        return new TopoJson(new ObjectMapper().readTree(in), 0);
    }

    /**
     * Parses a TopoJSON document and drops arc vertices that lie within {@code collinearToleranceDeg}
     * of the simplified arc (Douglas–Peucker on each shared arc, so neighbours keep identical
     * borders). Quantization leaves many exactly collinear vertices; a tolerance far below the
     * output grid removes only those.
     *
     * @param collinearToleranceDeg distance tolerance (degrees), ≥ 0
     */
    public static TopoJson read(InputStream in, double collinearToleranceDeg) throws IOException {
        return new TopoJson(new ObjectMapper().readTree(in), collinearToleranceDeg);
    }

    /** Parses a TopoJSON document given as text. */
    public static TopoJson parse(String json) throws IOException {
        return new TopoJson(new ObjectMapper().readTree(json), 0);
    }

    /** Names of the objects in this topology, in document order. */
    public List<String> objectNames() {
        List<String> names = new ArrayList<>();
        root.path("objects").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The geometries of the named object: the members of a GeometryCollection, or the object itself.
     *
     * @throws IllegalArgumentException if there is no object of that name
     */
    public List<Item> items(String objectName) {
        JsonNode object = root.path("objects").get(objectName);
        if (object == null) {
            throw new IllegalArgumentException("TopoJSON has no object named '" + objectName
                    + "'; it has " + objectNames());
        }
        List<Item> items = new ArrayList<>();
        if ("GeometryCollection".equals(object.path("type").asText())) {
            for (JsonNode g : object.path("geometries")) {
                items.add(item(g));
            }
        } else {
            items.add(item(object));
        }
        return items;
    }

    private Item item(JsonNode g) {
        String type = g.path("type").asText();
        JsonNode idNode = g.get("id");
        String id = idNode == null || idNode.isNull() ? null : idNode.asText();
        JsonNode props = g.get("properties");
        List<List<Coordinate[]>> polygons = new ArrayList<>();
        List<Coordinate[]> lines = new ArrayList<>();
        JsonNode a = g.path("arcs");
        switch (type) {
            case "Polygon" -> polygons.add(polygon(a));
            case "MultiPolygon" -> {
                for (JsonNode p : a) {
                    polygons.add(polygon(p));
                }
            }
            case "LineString" -> lines.add(chain(a, false));
            case "MultiLineString" -> {
                for (JsonNode l : a) {
                    lines.add(chain(l, false));
                }
            }
            case "" -> {
                // A null geometry (TopoJSON §2.2: type null) carries no parts.
            }
            default -> throw new IllegalArgumentException("unsupported TopoJSON geometry type '" + type + "'");
        }
        return new Item(id, props, type, Collections.unmodifiableList(polygons), Collections.unmodifiableList(lines));
    }

    private List<Coordinate[]> polygon(JsonNode rings) {
        List<Coordinate[]> out = new ArrayList<>();
        for (JsonNode ring : rings) {
            out.add(chain(ring, true));
        }
        return out;
    }

    private Coordinate[] chain(JsonNode arcIndices, boolean closed) {
        List<Coordinate> pts = new ArrayList<>();
        for (JsonNode n : arcIndices) {
            int i = n.asInt();
            Coordinate[] arc = arcs.get(i < 0 ? ~i : i);
            if (!pts.isEmpty()) {
                pts.remove(pts.size() - 1);
            }
            if (i < 0) {
                for (int k = arc.length - 1; k >= 0; k--) {
                    pts.add(arc[k].copy());
                }
            } else {
                for (Coordinate c : arc) {
                    pts.add(c.copy());
                }
            }
        }
        if (closed && !pts.isEmpty() && !pts.get(0).equals2D(pts.get(pts.size() - 1))) {
            throw new IllegalArgumentException("TopoJSON ring is not closed: starts at " + pts.get(0)
                    + ", ends at " + pts.get(pts.size() - 1));
        }
        return pts.toArray(new Coordinate[0]);
    }

    /**
     * Longest longitude span (degrees, unwrapped) one simplified segment may cover. Without it a
     * ring along a parallel (world-atlas 50m's -89.999° ring around the pole) would collapse to a
     * segment, and a chord across the antimeridian could stand in for a path the long way round.
     */
    static final double MAX_SIMPLIFIED_SPAN_DEG = 90.0;

    /**
     * Douglas–Peucker (1973) on one arc, measured on the unwrapped longitudes (consecutive vertices
     * at most 180° apart); the end points always stay and the kept vertices keep their coordinates.
     */
    static Coordinate[] douglasPeucker(Coordinate[] pts, double tol) {
        if (pts.length < 3) {
            return pts;
        }
        Coordinate[] u = new Coordinate[pts.length];
        double offset = 0;
        u[0] = pts[0];
        for (int k = 1; k < pts.length; k++) {
            double d = pts[k].x - pts[k - 1].x;
            offset += d > 180 ? -360 : d < -180 ? 360 : 0;
            u[k] = new Coordinate(pts[k].x + offset, pts[k].y);
        }
        boolean[] keep = new boolean[pts.length];
        keep[0] = true;
        keep[pts.length - 1] = true;
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
        stack.push(new int[] {0, pts.length - 1});
        while (!stack.isEmpty()) {
            int[] span = stack.pop();
            int i = span[0];
            int j = span[1];
            if (j - i < 2) {
                continue;
            }
            double worst = -1;
            int worstK = -1;
            for (int k = i + 1; k < j; k++) {
                double d = u[i].equals2D(u[j]) ? u[k].distance(u[i]) : Distance.pointToSegment(u[k], u[i], u[j]);
                if (d > worst) {
                    worst = d;
                    worstK = k;
                }
            }
            boolean tooWide = Math.abs(u[j].x - u[i].x) > MAX_SIMPLIFIED_SPAN_DEG;
            if (worst > tol || tooWide) {
                int k = worst > tol ? worstK : (i + j) / 2;
                keep[k] = true;
                stack.push(new int[] {i, k});
                stack.push(new int[] {k, j});
            }
        }
        List<Coordinate> out = new ArrayList<>();
        for (int k = 0; k < pts.length; k++) {
            if (keep[k]) {
                out.add(pts[k]);
            }
        }
        return out.toArray(new Coordinate[0]);
    }

    private static List<Coordinate[]> decodeArcs(JsonNode root) {
        JsonNode t = root.get("transform");
        double kx = 1;
        double ky = 1;
        double dx = 0;
        double dy = 0;
        boolean quantized = t != null && !t.isNull();
        if (quantized) {
            kx = t.path("scale").get(0).asDouble();
            ky = t.path("scale").get(1).asDouble();
            dx = t.path("translate").get(0).asDouble();
            dy = t.path("translate").get(1).asDouble();
        }
        List<Coordinate[]> out = new ArrayList<>();
        for (JsonNode arc : root.path("arcs")) {
            Coordinate[] pts = new Coordinate[arc.size()];
            long qx = 0;
            long qy = 0;
            int k = 0;
            for (JsonNode p : arc) {
                if (quantized) {
                    qx += p.get(0).asLong();
                    qy += p.get(1).asLong();
                    pts[k++] = new Coordinate(qx * kx + dx, qy * ky + dy);
                } else {
                    pts[k++] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
                }
            }
            out.add(pts);
        }
        return out;
    }
}
