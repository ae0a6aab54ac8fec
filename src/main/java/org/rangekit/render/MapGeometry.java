package org.rangekit.render;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.projection.Domain;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;

/**
 * The geometry of one map in pixels: lon/lat geometry clipped, densified and projected through a
 * {@link Reprojector}; the outline of the map's domain; range bands and rings, drawn as exact circles
 * where the view allows it; the graticule; and whether a point lies inside the map's clip region.
 *
 * <h2>Exact circles</h2>
 * In the azimuthal equidistant view centred on a site, that site's bands and rings are circles of
 * radius range × scale (x = s·sin α, y = s·cos α); everything else is projected from the ring engine's
 * polygons, traced to a quarter of a pixel ({@link #RING_TOL_PX}).
 *
 * <p>Not thread-safe (its reprojector reuses buffers): a thread of its own takes
 * {@link #newReprojector()}.
 */
final class MapGeometry {

    /** Ring outlines are true to a quarter of a pixel. */
    static final double RING_TOL_PX = 0.25;
    /** Adaptive densification keeps projected edges within a third of a pixel of their true image. */
    static final double EDGE_TOL_PX = 0.3;
    /** Offset of the 180th graticule meridian from the cut at ±180° (degrees, about 0.1 m). */
    static final double GRATICULE_180_OFFSET_DEG = 1e-6;
    /** Vertices of the traced edge of a clip disc: a quarter degree of azimuth apart. */
    private static final int CAP_OUTLINE_VERTICES = 1440;

    private static final GeometryFactory GF = new GeometryFactory();

    private final MapSpec spec;
    private final MapFrame frame;
    private final Reprojector rp;
    /** Every point projected for this map, shared by its reprojectors. */
    private final ProjectedPoints projected = new ProjectedPoints();

    /** @param frame the map's window, projection and clip region (its spec is the one drawn) */
    MapGeometry(MapFrame frame) {
        this.spec = frame.spec();
        this.frame = frame;
        this.rp = newReprojector();
    }

    MapFrame frame() {
        return frame;
    }

    /**
     * A reprojector of this map for one thread (reprojectors reuse buffers); all of them share the
     * points projected so far.
     */
    Reprojector newReprojector() {
        return new Reprojector(frame.projection(), frame.view(), frame.clipLonLat(), EDGE_TOL_PX, projected);
    }

    /** Lon/lat polygons clipped and projected, for filling. */
    MapPath fillPath(Geometry lonLat) {
        return rp.fillPath(lonLat);
    }

    /** Lon/lat lines or polygon outlines clipped as lines and projected, for stroking. */
    MapPath strokePath(Geometry lonLat) {
        return rp.strokePath(lonLat);
    }

    /** The outline of what the map shows: the clip disc's edge, the Mercator rectangle or the world's outline. */
    MapPath domainOutline() {
        Domain d = frame.domain();
        if (frame.capRadiusMeters() > 0) {
            return capOutline(frame.capRadiusMeters());
        }
        Domain.World world = (Domain.World) d;
        if (spec.projection() == ProjectionKind.MERCATOR) {
            // A rectangle from edge meridian to edge meridian: built directly, since a lon/lat box
            // would be cut at the seam of a map not centred on Greenwich, and its cut stroked.
            double lat = world.maxAbsLatDeg();
            double[] sw = rp.project(-lat, world.centralMeridianDeg() - 180);
            double[] ne = rp.project(lat, world.centralMeridianDeg() + 180);
            // Cut at the top of the map's window: the title panel above it covers nothing of the map.
            double top = Math.max(ne[1], frame.mapTopPx());
            return MapPath.rectangle(sw[0], top, ne[0] - sw[0], sw[1] - top);
        }
        if (world.centralMeridianDeg() != 0) {
            return recentredWorldOutline(world.centralMeridianDeg());
        }
        double lat = 90;
        Geometry frameBox = GF.createPolygon(new Coordinate[] {new Coordinate(-180, -lat),
            new Coordinate(180, -lat), new Coordinate(180, lat), new Coordinate(-180, lat),
            new Coordinate(-180, -lat)});
        return rp.fillPath(frameBox);
    }

    /**
     * The outline of a Robinson map on another central meridian λ0, built directly (a lon/lat box would
     * be cut at the seam λ0 ± 180° and the cut stroked): the edge meridians traced every degree of
     * latitude, joined by the pole lines.
     */
    private MapPath recentredWorldOutline(double centralMeridianDeg) {
        double[] xy = new double[2 * 2 * 181];
        int n = 0;
        for (int lat = -90; lat <= 90; lat++) { // up the left edge
            double[] p = rp.project(lat, centralMeridianDeg - 180);
            xy[n++] = p[0];
            xy[n++] = p[1];
        }
        for (int lat = 90; lat >= -90; lat--) { // down the right edge
            double[] p = rp.project(lat, centralMeridianDeg + 180);
            xy[n++] = p[0];
            xy[n++] = p[1];
        }
        return new MapPath().add(xy, n, true);
    }

    /** The edge of the clip disc, traced by the direct geodesic problem: a clean closed curve. */
    private MapPath capOutline(double radiusMeters) {
        int n = CAP_OUTLINE_VERTICES;
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            GeoPoint q = spec.earth().direct(spec.centre(), 360.0 * i / n, radiusMeters);
            double[] p = rp.project(q.latDeg(), q.lonDeg());
            xy[2 * i] = p[0];
            xy[2 * i + 1] = p[1];
        }
        return new MapPath().add(xy, xy.length, true);
    }

    private boolean exactCircle(GeoPoint centre, double radiusMeters) {
        return spec.projection() == ProjectionKind.AEQD && centre.equals(spec.centre())
                && radiusMeters <= frame.capRadiusMeters();
    }

    /** An exact circle of the azimuthal equidistant view: projected radius = geodesic range. */
    private MapPath circle(double radiusMeters) {
        Viewport v = frame.view();
        double rPx = radiusMeters * v.pxPerMeter();
        int n = (int) Math.max(64, Math.min(16_384, Math.ceil(2 * Math.PI * rPx / 3)));
        return MapPath.circle(v.px(0), v.py(0), rPx, n);
    }

    private double ringTolMeters() {
        return Math.max(1.0, frame.view().metersPerPx() * RING_TOL_PX);
    }

    /** A band's area, for filling (even-odd: the inner disc is a hole). */
    MapPath bandPath(Band b) {
        if (exactCircle(b.centre(), b.outerMeters())) {
            MapPath p = circle(b.outerMeters());
            if (!b.isDisc()) {
                p.addAll(circle(b.innerMeters()));
            }
            return p;
        }
        return rp.fillPath(RingPolygons.band(b, ringTolMeters()));
    }

    /** A ring's outline, for stroking. */
    MapPath ringPath(Ring r) {
        if (exactCircle(r.centre(), r.radiusMeters())) {
            return circle(r.radiusMeters());
        }
        return rp.strokePath(RingPolygons.disc(r, ringTolMeters()));
    }

    /**
     * Meridians and parallels in lon/lat, spaced by the map's extent: 30° on world maps and the globe,
     * down to 2° on a regional map.
     */
    Geometry graticule() {
        double extentKm = frame.view().halfDiagonalMeters() / 1000;
        double step = frame.domain() instanceof Domain.World || spec.projection() == ProjectionKind.ORTHO ? 30
                : extentKm > 6000 ? 15 : extentKm > 2500 ? 10 : extentKm > 800 ? 5 : 2;
        List<LineString> lines = new ArrayList<>();
        double maxLat = 90 - step <= 80 ? 80 : 90 - step;
        boolean recentred = frame.domain() instanceof Domain.World world && world.centralMeridianDeg() != 0;
        for (double lon = -180; lon < 180; lon += step) {
            // On a map not centred on Greenwich the 180th meridian is inside the map, but a line exactly
            // on it would pass for the data's cut at ±180° and be dropped: draw it 0.1 m east of it.
            double at = lon == -180 && recentred ? -180 + GRATICULE_180_OFFSET_DEG : lon;
            lines.add(line(at, -maxLat, at, maxLat));
        }
        for (double lat = -90 + step; lat < 90; lat += step) {
            lines.add(line(-180, lat, 180, lat));
        }
        return GF.createMultiLineString(lines.toArray(new LineString[0]));
    }

    /** A lon/lat line with a vertex every degree; the reprojector densifies further where it curves. */
    private static LineString line(double lon1, double lat1, double lon2, double lat2) {
        int n = (int) Math.max(2, Math.ceil(Math.max(Math.abs(lon2 - lon1), Math.abs(lat2 - lat1))) + 1);
        Coordinate[] cs = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / (n - 1);
            cs[i] = new Coordinate(lon1 + t * (lon2 - lon1), lat1 + t * (lat2 - lat1));
        }
        return GF.createLineString(cs);
    }

    /**
     * Whether a point lies inside the map's clip region: within the clip disc of an azimuthal map or
     * globe, within ±85° on a Mercator map, anywhere on a world map.
     */
    boolean insideClip(GeoPoint q) {
        return frame.capRadiusMeters() > 0
                ? spec.earth().distanceMeters(spec.centre(), q) < frame.capRadiusMeters()
                : !(spec.projection() == ProjectionKind.MERCATOR && Math.abs(q.latDeg()) > 85);
    }
}
