package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.data.EmbeddedData;
import org.rangekit.io.in.data.Scale;
import org.rangekit.projection.ProjectionKind;

/**
 * The shared table of projected points returns exactly what was put, keyed by exact bits, and
 * reprojectors sharing it draw exactly what reprojectors without it draw.
 */
class ProjectedPointsTest {

    @Test
    void returnsWhatWasPutByExactBitsThroughGrowth() {
        SplittableRandom rnd = new SplittableRandom(7);
        ProjectedPoints table = new ProjectedPoints();
        Map<List<Long>, double[]> reference = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            // Few distinct values, so that keys repeat; a second put of a key keeps the first value.
            double lat = rnd.nextInt(2000) / 10.0 - 100;
            double lon = rnd.nextInt(4000) / 10.0 - 200;
            double[] xy = {rnd.nextDouble(), rnd.nextDouble()};
            List<Long> key = List.of(Double.doubleToRawLongBits(lat), Double.doubleToRawLongBits(lon));
            reference.putIfAbsent(key, xy);
            table.put(lat, lon, xy[0], xy[1]);
        }
        double[] out = new double[2];
        for (Map.Entry<List<Long>, double[]> e : reference.entrySet()) {
            assertTrue(table.get(Double.longBitsToDouble(e.getKey().get(0)), Double.longBitsToDouble(e.getKey().get(1)),
                    out));
            assertArrayEquals(e.getValue(), out);
        }
        table.put(0.0, 0.0, 1, 2);
        assertFalse(table.get(-0.0, 0.0, out), "-0.0 is another key than 0.0");
        assertFalse(table.get(0.05, 0.0, out));
    }

    @Test
    void sharedTableDrawsTheSameAsNone() {
        MapFrame f = ReprojectorTest.frame(ProjectionKind.AEQD, GeoPoint.of(48.58, 45.74), 3000);
        ProjectedPoints shared = new ProjectedPoints();
        for (var layer : List.of(EmbeddedData.land(Scale.S110M), EmbeddedData.lakes(Scale.S110M))) {
            Reprojector plain = new Reprojector(f.projection(), f.view(), f.clipLonLat(), MapGeometry.EDGE_TOL_PX);
            Reprojector cached = new Reprojector(f.projection(), f.view(), f.clipLonLat(), MapGeometry.EDGE_TOL_PX,
                    shared);
            for (int pass = 0; pass < 2; pass++) { // the second pass hits the table everywhere
                MapPath a = plain.fillPath(layer);
                MapPath b = cached.fillPath(layer);
                assertEquals(a.parts().size(), b.parts().size());
                for (int i = 0; i < a.parts().size(); i++) {
                    assertArrayEquals(a.parts().get(i).xy(), b.parts().get(i).xy());
                }
                MapPath c = plain.strokePath(layer);
                MapPath d = cached.strokePath(layer);
                assertEquals(c.parts().size(), d.parts().size());
                for (int i = 0; i < c.parts().size(); i++) {
                    assertArrayEquals(c.parts().get(i).xy(), d.parts().get(i).xy());
                }
            }
        }
    }
}
