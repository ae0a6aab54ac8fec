package org.rangekit.projection;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/** Builds the projection of a given kind around a map centre. */
public final class Projections {

    private Projections() {
    }

    /**
     * @param kind which projection
     * @param centre centre of an azimuthal map; of world maps only its longitude matters: Robinson and
     *        Web Mercator are centred on the centre's meridian (the renderer cuts every layer at the
     *        opposite meridian, see {@link RecentredWorld}); a Robinson map drawn by default has its
     *        centre on Greenwich ({@link #defaultCentre})
     * @param earth the figure of the Earth (Web Mercator always uses its own sphere)
     */
    public static MapProjection create(ProjectionKind kind, GeoPoint centre, EarthModel earth) {
        return switch (kind) {
            case AEQD -> new AzimuthalEquidistant(centre, earth);
            case ORTHO -> SisProjection.orthographic(centre, earth);
            case LAEA -> SisProjection.lambertAzimuthalEqualArea(centre, earth);
            case WORLD -> centre.normalizedLonDeg() == 0 ? SisProjection.robinson(0, earth)
                    : new RecentredWorld(SisProjection.robinson(0, earth), centre.normalizedLonDeg());
            case MERCATOR -> centre.normalizedLonDeg() == 0 ? SisProjection.webMercator(0)
                    : new RecentredWorld(SisProjection.webMercator(0), centre.normalizedLonDeg());
        };
    }

    /**
     * The centre of a map whose settings name none, from the centre of its content: that point,
     * except that a Robinson world map stays on Greenwich (its central meridian is moved only by a
     * centre the user gives), so that the cut at ±180° of the basemap data lies on the map edge.
     *
     * @param kind which projection
     * @param contentCentre the middle of the sites or of the area
     */
    public static GeoPoint defaultCentre(ProjectionKind kind, GeoPoint contentCentre) {
        return kind == ProjectionKind.WORLD ? GeoPoint.of(contentCentre.latDeg(), 0) : contentCentre;
    }
}
