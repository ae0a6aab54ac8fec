package org.rangekit.projection;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/** Builds the projection of a given kind around a map centre. */
public final class Projections {

    private Projections() {
    }

    /**
     * @param kind which projection
     * @param centre centre of an azimuthal map; for world maps only its longitude matters and
     *        world/Mercator maps are always centred on Greenwich so that the cut at ±180° of the basemap
     *        data lies on the map edge
     * @param earth the figure of the Earth (Web Mercator always uses its own sphere)
     */
    public static MapProjection create(ProjectionKind kind, GeoPoint centre, EarthModel earth) {
        return switch (kind) {
            case AEQD -> new AzimuthalEquidistant(centre, earth);
            case ORTHO -> SisProjection.orthographic(centre, earth);
            case LAEA -> SisProjection.lambertAzimuthalEqualArea(centre, earth);
            case WORLD -> SisProjection.robinson(0, earth);
            case MERCATOR -> SisProjection.webMercator(0);
        };
    }
}
