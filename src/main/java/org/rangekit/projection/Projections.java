package org.rangekit.projection;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/** Builds the projection of a given kind around a map centre. */
public final class Projections {

    private Projections() {
    }

    /**
     * @param kind which projection
     * @param centre centre of an azimuthal map; of world maps only its longitude matters:
     *        Robinson world maps are always centred on Greenwich, so that the cut at ±180° of the basemap
     *        data lies on the map edge; Web Mercator is centred on the centre's meridian (the renderer
     *        cuts every layer at the opposite meridian, see {@link RecentredWorld})
     * @param earth the figure of the Earth (Web Mercator always uses its own sphere)
     */
    public static MapProjection create(ProjectionKind kind, GeoPoint centre, EarthModel earth) {
        return switch (kind) {
            case AEQD -> new AzimuthalEquidistant(centre, earth);
            case ORTHO -> SisProjection.orthographic(centre, earth);
            case LAEA -> SisProjection.lambertAzimuthalEqualArea(centre, earth);
            case WORLD -> SisProjection.robinson(0, earth);
            case MERCATOR -> centre.normalizedLonDeg() == 0 ? SisProjection.webMercator(0)
                    : new RecentredWorld(SisProjection.webMercator(0), centre.normalizedLonDeg());
        };
    }
}
