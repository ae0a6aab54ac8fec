package org.rangekit.render;

import org.locationtech.jts.geom.Coordinate;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.AzimuthalEquidistant;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.projection.Projections;
import org.rangekit.projection.SisProjection;
import org.rangekit.render.MapContent.MapBand;
import org.rangekit.render.MapContent.MapOutline;
import org.rangekit.render.MapContent.MapRing;
import org.rangekit.render.MapContent.MapSite;

/**
 * Fits a map to its content: how far from the centre the content reaches, the projection actually
 * drawn ({@link #fitted}) and the map's window and scale ({@link #frame}).
 *
 * <p>Stateless; thread-safe.
 */
final class MapFitter {

    /** Outline vertices sampled to size a map: a sample is enough, and keeps huge unions cheap. */
    private static final int OUTLINE_SAMPLE = 2000;

    private MapFitter() {
    }

    /**
     * The distance from the map centre that the content reaches: the far edge of every band and ring,
     * every site, a sample of every outline's vertices (metres).
     */
    static double contentRadiusMeters(MapSpec spec, MapContent content) {
        double r = 0;
        EarthModel earth = spec.earth();
        for (MapBand b : content.bands()) {
            if (b.band() != null) {
                r = Math.max(r, earth.distanceMeters(spec.centre(), b.band().centre()) + b.band().outerMeters());
            }
        }
        for (MapRing ring : content.rings()) {
            r = Math.max(r, earth.distanceMeters(spec.centre(), ring.ring().centre()) + ring.ring().radiusMeters());
        }
        for (MapSite s : content.sites()) {
            r = Math.max(r, earth.distanceMeters(spec.centre(), s.point()));
        }
        for (MapContent.MapFanPart f : content.fan()) {
            Coordinate[] cs = f.lonLat().getCoordinates();
            int step = Math.max(1, cs.length / OUTLINE_SAMPLE);
            for (int i = 0; i < cs.length; i += step) {
                r = Math.max(r, earth.distanceMeters(spec.centre(), GeoPoint.of(cs[i].y, cs[i].x)));
            }
        }
        for (MapOutline o : content.outlines()) {
            Coordinate[] cs = o.lonLat().getCoordinates();
            int step = Math.max(1, cs.length / OUTLINE_SAMPLE);
            for (int i = 0; i < cs.length; i += step) {
                r = Math.max(r, earth.distanceMeters(spec.centre(), GeoPoint.of(cs[i].y, cs[i].x)));
            }
        }
        return r;
    }

    /**
     * The spec actually drawn: the requested one, unless it is azimuthal and some site's rings reach
     * beyond what that view can show (the aeqd/laea clip at {@link AzimuthalEquidistant#MAX_RADIUS_M} from
     * the centre, the globe's horizon at {@link SisProjection#GLOBE_RADIUS_M}), as happens for sites far
     * apart or antipodal, or rings beyond the clip. Then the map is drawn in the world projection, which
     * shows every site and every ring whole, and the subtitle says why; a part of the content silently
     * missing would be worse than a different projection.
     */
    static MapSpec fitted(MapSpec spec, MapContent content) {
        double limitM = switch (spec.projection()) {
            case AEQD, LAEA -> AzimuthalEquidistant.MAX_RADIUS_M;
            case ORTHO -> SisProjection.GLOBE_RADIUS_M;
            case WORLD, MERCATOR -> Double.POSITIVE_INFINITY;
        };
        double reachM = contentRadiusMeters(spec, content);
        if (reachM <= limitM) {
            return spec;
        }
        String why = "shown as a " + ProjectionKind.WORLD.title() + " map: not every site's rings fit in one "
                + spec.projection().title() + " view";
        String subtitle = spec.subtitle().isEmpty() ? Character.toUpperCase(why.charAt(0)) + why.substring(1)
                : spec.subtitle() + "; " + why;
        // On Greenwich, whatever the azimuthal view's centre, as before a world map could be recentred.
        return new MapSpec(spec.widthPx(), spec.heightPx(), spec.dpi(), ProjectionKind.WORLD,
                Projections.defaultCentre(ProjectionKind.WORLD, spec.centre()), spec.extentKm(), spec.earth(),
                spec.layers(), spec.style(), spec.basemapScale(), spec.title(), subtitle);
    }

    /**
     * The window and scale of a map drawn in {@code fittedSpec} (the result of {@link #fitted}).
     *
     * @param metrics text metrics of the painter that will draw the map (they size the title panel)
     */
    static MapFrame frame(MapSpec fittedSpec, MapContent content, TextMetrics metrics) {
        return MapFrame.of(fittedSpec, contentRadiusMeters(fittedSpec, content), metrics);
    }
}
