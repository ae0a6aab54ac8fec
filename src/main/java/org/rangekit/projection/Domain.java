package org.rangekit.projection;

import org.rangekit.geodesy.GeoPoint;

/**
 * The part of the globe a projection shows honestly. Renderers clip lon/lat geometry to it before
 * projecting, so that nothing wraps around or folds over.
 */
public sealed interface Domain {

    /**
     * A geodesic disc around a centre: the visible hemisphere of a globe, or the part of an azimuthal
     * map that stays well away from the antipode. A clip region that is itself a range disc.
     *
     * @param centre centre of the disc
     * @param radiusMeters geodesic radius (metres)
     */
    record Cap(GeoPoint centre, double radiusMeters) implements Domain {
        public Cap {
            if (centre == null) {
                throw new IllegalArgumentException("cap centre is required");
            }
            if (!(radiusMeters > 0) || Double.isInfinite(radiusMeters)) {
                throw new IllegalArgumentException("cap radius must be a finite number > 0 m, got " + radiusMeters);
            }
        }
    }

    /**
     * The whole world between two parallels, cut at the meridian opposite the central meridian (which
     * runs along the left and right edges of the map).
     *
     * @param centralMeridianDeg central meridian (degrees)
     * @param maxAbsLatDeg highest latitude shown (degrees), in (0, 90]
     */
    record World(double centralMeridianDeg, double maxAbsLatDeg) implements Domain {
        public World {
            if (!Double.isFinite(centralMeridianDeg)) {
                throw new IllegalArgumentException("central meridian must be finite, got " + centralMeridianDeg);
            }
            if (!(maxAbsLatDeg > 0 && maxAbsLatDeg <= 90)) {
                throw new IllegalArgumentException("latitude limit must be in (0, 90] degrees, got " + maxAbsLatDeg);
            }
        }
    }
}
