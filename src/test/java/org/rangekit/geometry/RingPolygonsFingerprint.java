package org.rangekit.geometry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;

/**
 * Prints a fingerprint of ring and band polygons, for
 * {@link RingPolygonsDeterminismTest}: run in separate JVMs, the same inputs must give the same
 * bytes. The polygons come from across the globe (a disc cut at ±180°, one holding a pole, a band),
 * so that every construction path is in the fingerprint.
 */
public final class RingPolygonsFingerprint {

    private RingPolygonsFingerprint() {
    }

    /** SHA-256 (hex) of the WKB of each polygon and of the exact areas' bits. */
    static String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            WKBWriter wkb = new WKBWriter(2);
            Ring cut = new Ring(RingPolygonsTest.PETROPAVLOVSK, 5_500e3, EarthModel.WGS84);
            Ring pole = new Ring(GeoPoint.of(48.58, 45.8), 5_500e3, EarthModel.WGS84);
            Band band = new Band(GeoPoint.of(-77.85, 166.67), 500e3, 3_000e3, EarthModel.WGS84);
            for (Geometry g : new Geometry[] {RingPolygons.disc(cut, RingPolygonsTest.TOL_M),
                RingPolygons.disc(pole, RingPolygonsTest.TOL_M), RingPolygons.band(band, RingPolygonsTest.TOL_M)}) {
                sha.update(wkb.write(g));
            }
            double[] areas = {RingPolygons.discAreaSquareMeters(cut), RingPolygons.bandAreaSquareMeters(band)};
            for (double a : areas) {
                sha.update(Long.toHexString(Double.doubleToRawLongBits(a)).getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) {
        System.out.println(fingerprint());
    }
}
