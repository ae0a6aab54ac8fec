package org.rangekit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.CategorySet;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

/**
 * A ring is dashed because its threshold is a claimed range, not because its name contains
 * "claim" (issue 7 item 5): the role decides, whatever the wording.
 */
class RingRoleTest {

    @Test
    void dashesFollowTheRoleNotTheName() {
        ThresholdSet set = new ThresholdSet("mine", List.of(
                new Threshold(300, "Iskander export claim", Threshold.Role.PLAIN),
                new Threshold(480, "stated by the MoD", Threshold.Role.CLAIMED),
                new Threshold(500, "lower limit", Threshold.Role.LIMIT)), CategorySet.inf());
        MapContent c = RangeLayers.build(List.of(MapContentTest.KY), set, EarthModel.WGS84, false, List.of(), "", "");
        assertEquals(List.of(false, true, false), c.rings().stream().map(MapContent.MapRing::dashed).toList());
        Site other = new Site("other", "Other", GeoPoint.of(50, 40), "", 0);
        MapContent u = RangeLayers.build(List.of(MapContentTest.KY, other), set, EarthModel.WGS84, true, List.of(), "",
                "");
        assertEquals(List.of(false, true, false), u.outlines().stream().map(MapContent.MapOutline::dashed).toList());
    }

    /** The map's labels use the same km formatter as the GeoJSON labels: "1,000", never "1000". */
    @Test
    void ringAndBandLabelsMatchTheExportLabels() {
        MapContent c = RangeLayers.build(List.of(MapContentTest.KY), ThresholdSet.inf(), EarthModel.WGS84, false,
                List.of(), "", "");
        assertEquals("1,000 km — INF shorter/intermediate boundary", c.rings().get(2).label());
        assertEquals("500–1,000 km: shorter-range (INF)", c.bands().get(2).label());
        assertEquals(org.rangekit.io.out.RingFeatures.bandLabel(500, 1000) + ": shorter-range (INF)",
                c.bands().get(2).label());
    }
}
