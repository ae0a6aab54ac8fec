package org.rangekit.render;

/**
 * The pixel position of every lon/lat point a map has projected, shared by the reprojectors of one
 * map: the basemap's layers repeat most of their vertices (a land border is also a country's
 * outline, an inner border belongs to two countries, and a densified edge's midpoints are the same
 * whichever way it runs), and each projection is a geodesic inverse problem in the azimuthal
 * equidistant view. A point is looked up by the exact bits of its latitude and longitude, so a hit
 * returns exactly what projecting it again would: the drawing is the same with or without the cache.
 *
 * <h2>Structure</h2>
 * Open addressing with linear probing in 64 stripes, each with its own lock, so that the layers
 * projected in parallel rarely wait for each other; a stripe doubles when half full.
 *
 * <p>Thread-safe.
 */
final class ProjectedPoints {

    private static final int STRIPE_BITS = 6;

    private final Stripe[] stripes = new Stripe[1 << STRIPE_BITS];

    ProjectedPoints() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Stripe();
        }
    }

    private static long hash(long lat, long lon) {
        long h = lat * 0x9E3779B97F4A7C15L + lon;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 32);
    }

    /** Puts the cached pixel position of the point into {@code out}; false when it is not cached. */
    boolean get(double latDeg, double lonDeg, double[] out) {
        long lat = Double.doubleToRawLongBits(latDeg);
        long lon = Double.doubleToRawLongBits(lonDeg);
        long h = hash(lat, lon);
        return stripes[(int) (h >>> (64 - STRIPE_BITS))].get(lat, lon, (int) h, out);
    }

    /** Records the pixel position of a point. */
    void put(double latDeg, double lonDeg, double x, double y) {
        long lat = Double.doubleToRawLongBits(latDeg);
        long lon = Double.doubleToRawLongBits(lonDeg);
        long h = hash(lat, lon);
        stripes[(int) (h >>> (64 - STRIPE_BITS))].put(lat, lon, (int) h, x, y);
    }

    private static final class Stripe {
        private long[] keys = new long[2 * 256];
        private double[] xy = new double[2 * 256];
        private boolean[] used = new boolean[256];
        private int size;

        synchronized boolean get(long lat, long lon, int h, double[] out) {
            int mask = used.length - 1;
            for (int i = h & mask; used[i]; i = (i + 1) & mask) {
                if (keys[2 * i] == lat && keys[2 * i + 1] == lon) {
                    out[0] = xy[2 * i];
                    out[1] = xy[2 * i + 1];
                    return true;
                }
            }
            return false;
        }

        synchronized void put(long lat, long lon, int h, double x, double y) {
            if (2 * (size + 1) > used.length) {
                grow();
            }
            if (insert(lat, lon, h, x, y)) {
                size++;
            }
        }

        private boolean insert(long lat, long lon, int h, double x, double y) {
            int mask = used.length - 1;
            int i = h & mask;
            for (; used[i]; i = (i + 1) & mask) {
                if (keys[2 * i] == lat && keys[2 * i + 1] == lon) {
                    return false;
                }
            }
            used[i] = true;
            keys[2 * i] = lat;
            keys[2 * i + 1] = lon;
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
            return true;
        }

        private void grow() {
            long[] oldKeys = keys;
            double[] oldXy = xy;
            boolean[] oldUsed = used;
            keys = new long[2 * oldKeys.length];
            xy = new double[2 * oldXy.length];
            used = new boolean[2 * oldUsed.length];
            for (int i = 0; i < oldUsed.length; i++) {
                if (oldUsed[i]) {
                    long lat = oldKeys[2 * i];
                    long lon = oldKeys[2 * i + 1];
                    insert(lat, lon, (int) hash(lat, lon), oldXy[2 * i], oldXy[2 * i + 1]);
                }
            }
        }
    }
}
