package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.KmFormat;
import org.rangekit.range.ThresholdSet;

/** Legend and scale labels show the ranges exactly as given; regression test for "0–0.0 km" at 0.001 km. */
class RangeLabelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.001|0.001", "0.0001|0.0001", "480.5|480.5", "5500|5,500", "19000|19,000",
        "12345.678|12,345.678", "0|0", "0.05|0.05", "1000000|1,000,000"})
    void kmLabelIsExact(double km, String expected) {
        assertEquals(expected, KmFormat.label(km));
    }

    @Test
    void legendOfTinyAndHugeRangesShowsThemExactly() {
        ThresholdSet set = ThresholdSet.custom(List.of(0.001, 19000.0));
        MapContent content = RangeLayers.build(List.of(MapContentTest.KY), set, EarthModel.WGS84, false, List.of(), "",
                "");
        MapSpec spec = new MapSpec(1200, 800, 72, ProjectionKind.AEQD, MapContentTest.KY.point(), Double.NaN,
                EarthModel.WGS84, EnumSet.allOf(MapLayer.class), MapStyle.DEFAULT, null, "t", "s");
        RecordingPainter rec = new RecordingPainter();
        MapRenderer.render(spec, content, null, rec);
        assertTrue(rec.texts.stream().anyMatch(t -> t.startsWith("0–0.001 km")), rec.texts.toString());
        assertTrue(rec.texts.stream().anyMatch(t -> t.startsWith("0.001–19,000 km")), rec.texts.toString());
        assertTrue(rec.texts.stream().noneMatch(t -> t.contains("0.0 km") || t.contains("0.0–")), rec.texts.toString());
    }

    @Test
    void scaleBarLengthsPrintAsShortDecimals() {
        for (int e = -6; e <= 4; e++) {
            for (double m : new double[] {1, 1.5, 2, 3, 5, 7, 9.9}) {
                String s = KmFormat.label(MapFurniture.niceKm(m * Math.pow(10, e)));
                assertTrue(s.matches("[125](,?0)*|0\\.0*[125]"), m + "e" + e + " km -> " + s);
            }
        }
    }
}
