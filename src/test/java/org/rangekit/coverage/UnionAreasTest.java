package org.rangekit.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.Slow;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.geometry.RingPolygons;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.range.Ring;

class UnionAreasTest {

    /** Disc polygons traced to 0.1 m: area error ≤ 0.1 m × perimeter, ≈ 6·10⁻⁸ relative for these discs. */
    static final double UNION_REL_TOL = 2e-7;
    /** Union land vs aeqd-clipped land: two different clipping paths on the same 110m land. */
    static final double LAND_REL_TOL = 1e-5;

    static final EarthModel WGS = EarthModel.WGS84;
    static final GeoPoint KAPUSTIN_YAR = GeoPoint.of(48.58175, 45.74481);
    static final GeoPoint CHERNYAKHOVSK = GeoPoint.of(54.63345, 21.81557);

    @Test
    @Slow
    void unionOfOneDiscIsTheDiscAndItsLandMatchesTheAeqdClip() {
        Geometry land = EmbeddedData.land(Scale.S110M);
        UnionAreas u = new UnionAreas(WGS, land, List.of());
        for (double r : new double[] {500e3, 5500e3}) {
            UnionAreas.Areas a = u.discs(List.of(KAPUSTIN_YAR), r);
            double disc = RingPolygons.discAreaSquareMeters(new Ring(KAPUSTIN_YAR, r, WGS));
            assertEquals(disc, a.totalSquareMeters(), UNION_REL_TOL * disc, "radius " + r);
            double clipped = new BandAreas(WGS, land, List.of()).compute(KAPUSTIN_YAR, BandScheme.disc("r", r))
                    .get(0).landSquareMeters();
            assertEquals(clipped, a.landSquareMeters(), LAND_REL_TOL * clipped, "land, radius " + r);
        }
    }

    @Test
    void unionOfTwoDiscsIsTheirSumMinusTheOverlap() {
        double r = 1000e3;
        UnionAreas.Areas both = new UnionAreas(WGS, null, List.of()).discs(List.of(KAPUSTIN_YAR, CHERNYAKHOVSK), r);
        double a = RingPolygons.discAreaSquareMeters(new Ring(KAPUSTIN_YAR, r, WGS));
        double b = RingPolygons.discAreaSquareMeters(new Ring(CHERNYAKHOVSK, r, WGS));
        double overlap = new OverlapAreas(WGS, null, List.of()).overlap(KAPUSTIN_YAR, CHERNYAKHOVSK, r)
                .totalSquareMeters();
        double expected = a + b - overlap;
        assertEquals(expected, both.totalSquareMeters(), UNION_REL_TOL * expected);
    }
}
