package org.rangekit.render;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.projection.AzimuthalEquidistant;
import org.rangekit.projection.Domain;
import org.rangekit.projection.MapProjection;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.projection.Projections;
import org.rangekit.projection.SisProjection;
import org.rangekit.range.Ring;

/**
 * The geometry of one map: projection, viewport and the lon/lat clip region, derived from a
 * {@link MapSpec} and the content it must show.
 *
 * <h2>Clip regions</h2>
 * An azimuthal map shows a geodesic disc around its centre that just covers the canvas (its
 * circumscribed circle, capped at {@link AzimuthalEquidistant#MAX_RADIUS_M} away from the antipode);
 * a globe shows its visible hemisphere ({@link SisProjection#GLOBE_RADIUS_M}); both clip regions are
 * built by the ring engine ({@link RingPolygons#disc}). Web Mercator stops at ±85.05°; Robinson shows
 * the whole world, cut on its edges at the meridian opposite the central one.
 *
 * <h2>Layout</h2>
 * Azimuthal maps and the globe fill the canvas; the title panel sits over their margin. World and
 * Mercator maps are fitted into the canvas below the title panel ({@link #mapTopPx}), so that the
 * panel hides nothing of them: on a wide canvas it would otherwise cover the top of the map, where
 * a band containing a pole runs. Given an extent, a world or Mercator map shows a window of itself
 * laid out as an azimuthal map ({@link #meridianScale}), if that magnifies the whole map.
 *
 * @param spec the map spec
 * @param projection the projection
 * @param view projected metres to pixels
 * @param clipLonLat the clip region in lon/lat, or null
 * @param capRadiusMeters geodesic radius of the clip disc (metres), NaN for world maps
 * @param mapTopPx top of the map's window (pixels): below the title panel on world and Mercator maps,
 *        0 on azimuthal maps, which fill the canvas
 */
public record MapFrame(MapSpec spec, MapProjection projection, Viewport view, Geometry clipLonLat,
        double capRadiusMeters, double mapTopPx) {

    /** Mean Earth radius for sizing azimuthal windows (metres): only sets a margin, never a position. */
    private static final double MEAN_RADIUS_M = 6_371_008.8;
    /** The clip disc is 3 % wider than the canvas' circumscribed circle so no corner is left uncovered. */
    private static final double CAP_MARGIN = 1.03;
    /** The globe fills 94 % of the shorter canvas side. */
    private static final double GLOBE_FILL = 0.94;
    /** World maps leave 2 % of paper around the outline. */
    private static final double WORLD_FILL = 0.96;
    /** Gap between the title panel and a world or Mercator map below it (points). */
    private static final double TITLE_GAP_PT = 4;

    /** Half the latitude step of a world map's meridian scale (degrees; about 1 km). */
    static final double SCALE_STEP_DEG = 0.01;
    /** Web Mercator's sphere (metres, EPSG:3857), on which its extent is measured. */
    static final double WEB_MERCATOR_SPHERE_M = 6_378_137;

    private static final GeometryFactory GF = new GeometryFactory();

    /**
     * The frame of a map whose text is measured by {@link TextMetrics#java2d()}.
     *
     * @param spec the map spec
     * @param contentRadiusMeters distance from the centre that the content reaches (metres), used when
     *        the spec asks to fit the content
     */
    public static MapFrame of(MapSpec spec, double contentRadiusMeters) {
        return of(spec, contentRadiusMeters, TextMetrics.java2d());
    }

    /**
     * @param spec the map spec
     * @param contentRadiusMeters distance from the centre that the content reaches (metres), used when
     *        the spec asks to fit the content
     * @param metrics text metrics of the painter that will draw the map: they size the title panel,
     *        below which world and Mercator maps are fitted
     */
    public static MapFrame of(MapSpec spec, double contentRadiusMeters, TextMetrics metrics) {
        MapProjection p = Projections.create(spec.projection(), spec.centre(), spec.earth());
        int w = spec.widthPx();
        int h = spec.heightPx();
        double halfShortPx = Math.min(w, h) / 2.0;
        double extentM = Double.isNaN(spec.extentKm()) ? fitExtent(contentRadiusMeters) : spec.extentKm() * 1000;
        switch (spec.projection()) {
            case AEQD, LAEA -> {
                Viewport v = new Viewport(w, h, 0, 0, halfShortPx / extentM);
                double r = v.halfDiagonalMeters();
                double cap = spec.projection() == ProjectionKind.AEQD ? r
                        // LAEA plots a geodesic distance c at the chord 2R sin(c / 2R) (Snyder 1987, eq. 24-2).
                        : 2 * MEAN_RADIUS_M * Math.asin(Math.min(1, r / (2 * MEAN_RADIUS_M)));
                cap = Math.min(cap * CAP_MARGIN, AzimuthalEquidistant.MAX_RADIUS_M);
                return new MapFrame(spec, p, v, disc(spec, cap, v), cap, 0);
            }
            case ORTHO -> {
                double k = Double.isNaN(spec.extentKm())
                        ? halfShortPx * GLOBE_FILL / spec.earth().equatorialRadiusMeters()
                        : halfShortPx / extentM;
                Viewport v = new Viewport(w, h, 0, 0, k);
                double r = v.halfDiagonalMeters();
                double cap = SisProjection.GLOBE_RADIUS_M;
                if (r < 0.8 * MEAN_RADIUS_M) {
                    // Orthographic radius is R sin(c/R) (Snyder 1987, eq. 20-3): zoomed in, clip to the window.
                    cap = Math.min(cap, MEAN_RADIUS_M * Math.asin(r / MEAN_RADIUS_M) * CAP_MARGIN);
                }
                return new MapFrame(spec, p, v, disc(spec, cap, v), cap, 0);
            }
            case WORLD -> {
                double top = worldTop(spec, metrics);
                // The right edge is the meridian 180° east of the central one.
                double cm = ((Domain.World) p.domain()).centralMeridianDeg();
                double xMax = p.forward(0, cm + 180)[0];
                double yMax = p.forward(90, cm)[1];
                double k = Math.min(w * WORLD_FILL / (2 * xMax), (h - top) * WORLD_FILL / (2 * yMax));
                // Centred on the canvas if that clears the title, else as high as clears it (at most
                // centred in the window below the title): the legend in the bottom-left corner covers
                // as little of the map as it can.
                double midPx = Math.max(h / 2.0, top + yMax * k / WORLD_FILL);
                return windowOr(new MapFrame(spec, p, new Viewport(w, h, 0, (midPx - h / 2.0) / k, k), null,
                        Double.NaN, top));
            }
            case MERCATOR -> {
                // The right edge is the meridian 180° east of the central one.
                double xMax = p.forward(0, ((Domain.World) p.domain()).centralMeridianDeg() + 180)[0];
                double top = worldTop(spec, metrics);
                double k = w / (2 * xMax);
                double halfH = (h - top) / 2.0 / k;
                double cy = p.forward(spec.centre().latDeg(), 0)[1];
                if (halfH >= xMax) {
                    // The whole square world fits: centred on the canvas if that clears the title.
                    cy = (Math.max(h / 2.0, top + xMax * k) - h / 2.0) / k;
                } else {
                    // Cropped: the window below the title (middle row (top + h) / 2) centred on the site's
                    // latitude as far as the world reaches.
                    cy = Math.max(-xMax + halfH, Math.min(xMax - halfH, cy)) + top / (2 * k);
                }
                return windowOr(new MapFrame(spec, p, new Viewport(w, h, 0, cy, k), mercatorBox(), Double.NaN, top));
            }
            default -> throw new IllegalArgumentException("unknown projection " + spec.projection());
        }
    }

    private static Polygon mercatorBox() {
        double lat = SisProjection.MERCATOR_MAX_LAT_DEG;
        return GF.createPolygon(new Coordinate[] {new Coordinate(-180, -lat), new Coordinate(180, -lat),
            new Coordinate(180, lat), new Coordinate(-180, lat), new Coordinate(-180, -lat)});
    }

    /**
     * A world or Mercator map given an extent: a window of it, drawn as an azimuthal map is, the centre at
     * the canvas' middle and the extent from there to the nearer canvas edge, the title panel over the
     * window's margin; {@code whole}, the map drawn without an extent, if none is given or the window
     * would not magnify it (its scale at most the whole map's).
     */
    private static MapFrame windowOr(MapFrame whole) {
        MapSpec spec = whole.spec();
        if (Double.isNaN(spec.extentKm())) {
            return whole;
        }
        MapProjection p = whole.projection();
        int w = spec.widthPx();
        int h = spec.heightPx();
        double k = Math.min(w, h) / 2.0 / (spec.extentKm() * 1000
                * meridianScale(spec.projection(), p, spec.centre(), spec.earth()));
        if (!(k > whole.view().pxPerMeter())) {
            return whole;
        }
        double[] c = p.forward(windowLat(spec.projection(), spec.centre().latDeg()), spec.centre().lonDeg());
        return new MapFrame(spec, p, new Viewport(w, h, c[0], c[1], k), whole.clipLonLat(), Double.NaN, 0);
    }

    /** A Mercator window's centre stops at the map's top and bottom edge (±85.05°). */
    private static double windowLat(ProjectionKind kind, double latDeg) {
        double max = kind == ProjectionKind.MERCATOR ? SisProjection.MERCATOR_MAX_LAT_DEG : 90;
        return Math.max(-max, Math.min(max, latDeg));
    }

    /**
     * Projected metres per metre along the centre's meridian, on the projection's sphere (Web
     * Mercator's, or for Robinson one of the Earth model's equatorial radius): the scale at which a world map's extent, given in km, is measured, so that
     * the extent is the distance from the centre to the nearer edge near the centre (sec φ on Web
     * Mercator). A central difference over ±{@value #SCALE_STEP_DEG}°, within the map.
     */
    public static double meridianScale(ProjectionKind kind, MapProjection p, GeoPoint centre, EarthModel earth) {
        double max = kind == ProjectionKind.MERCATOR ? SisProjection.MERCATOR_MAX_LAT_DEG : 90;
        double lat = Math.max(-max + SCALE_STEP_DEG, Math.min(max - SCALE_STEP_DEG, centre.latDeg()));
        double lon = ((Domain.World) p.domain()).centralMeridianDeg();
        double dy = p.forward(lat + SCALE_STEP_DEG, lon)[1] - p.forward(lat - SCALE_STEP_DEG, lon)[1];
        double r = kind == ProjectionKind.MERCATOR ? WEB_MERCATOR_SPHERE_M : earth.equatorialRadiusMeters();
        return dy / (2 * Math.toRadians(SCALE_STEP_DEG) * r);
    }

    /**
     * Top of a world or Mercator map's window (pixels): the title panel's bottom plus a gap, 0 without
     * a title, and never more than half the canvas (a title that tall is a degenerate canvas; the map
     * keeps at least half of it).
     */
    static double worldTop(MapSpec spec, TextMetrics metrics) {
        LabelPlacer.Box t = MapFurniture.titleBox(spec, metrics);
        if (t == null) {
            return 0;
        }
        return Math.min(spec.heightPx() / 2.0, t.y() + t.h() + TITLE_GAP_PT * spec.pxPerPt());
    }

    /** Content reach plus 12 %, at least 300 km: rings never touch the edge. */
    static double fitExtent(double contentRadiusMeters) {
        if (!(contentRadiusMeters > 0)) {
            return 2_000_000;
        }
        return Math.max(300_000, contentRadiusMeters * 1.12);
    }

    private static Geometry disc(MapSpec spec, double radiusMeters, Viewport v) {
        // Half a pixel is as fine as the clip edge needs to be; the ring engine's default is the floor.
        double tol = Math.max(RingPolygons.DEFAULT_TOLERANCE_M, v.metersPerPx() / 2);
        return RingPolygons.disc(new Ring(spec.centre(), radiusMeters, spec.earth()), tol);
    }

    /** The domain the projection itself declares. */
    public Domain domain() {
        return projection.domain();
    }

    /** Pixel position of a point, NaNs if hidden. */
    public double[] pixel(GeoPoint p) {
        double[] xy = projection.forward(p.latDeg(), p.lonDeg());
        return new double[] {view.px(xy[0]), view.py(xy[1])};
    }

    /** Natural Earth scale that suits this map's resolution (km per pixel). */
    public String autoBasemapScale() {
        double kmPerPx = view.metersPerPx() / 1000;
        // 1:110M holds detail to about 10-20 km, 1:50M to 3-5 km: pick the coarsest that is not visibly coarse.
        if (kmPerPx > 15) {
            return "110m";
        }
        return kmPerPx > 1.5 ? "50m" : "10m";
    }
}
