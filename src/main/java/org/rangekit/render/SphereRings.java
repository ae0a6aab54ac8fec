package org.rangekit.render;

import java.util.ArrayList;
import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.geometry.EarthRingDifference;
import org.rangekit.range.KmFormat;
import org.rangekit.range.Ring;
import org.rangekit.range.Site;
import org.rangekit.range.Threshold;
import org.rangekit.range.ThresholdSet;

/**
 * The sphere's rings ({@link EarthModel#SPHERE}) drawn in fine dashes (unlike a claimed range's
 * longer dashes; {@code LayerBuilder} styles a ring on another earth model than the map's so) over the WGS84 bands of a map, for
 * {@code map --compare-earth}: the legend names them and gives the largest ring difference
 * ({@link EarthRingDifference}) over every site and range.
 */
public final class SphereRings {

    private SphereRings() {
    }

    /**
     * The largest ring difference over the sites and ranges of a map.
     *
     * @param difference the difference
     * @param site the site's name
     * @param rangeKm the range (km)
     */
    public record Largest(EarthRingDifference.Result difference, String site, double rangeKm) {
        /** "19.5 km (5,500 km from Kapustin Yar)". */
        public String text() {
            return String.format(java.util.Locale.ROOT, "%.1f km (%s km from %s)", difference.km(),
                    KmFormat.label(rangeKm), site);
        }
    }

    /**
     * The largest ring difference over every site and range of {@code set}.
     *
     * @param sites the sites
     * @param set the ranges
     * @return the largest one
     */
    public static Largest largest(List<Site> sites, ThresholdSet set) {
        Largest best = null;
        for (Site s : sites) {
            for (Threshold t : set.thresholds()) {
                EarthRingDifference.Result r = EarthRingDifference.of(s.point(), t.radiusMeters());
                if (best == null || r.meters() > best.difference().meters()) {
                    best = new Largest(r, s.name(), t.radiusKm());
                }
            }
        }
        return best;
    }

    /**
     * {@code content} with the sphere's rings of every site and range added, dashed, labelled in the
     * legend with {@code largest}.
     *
     * @param content the WGS84 map content
     * @param sites the sites
     * @param set the ranges
     * @param largest the largest ring difference, from {@link #largest}
     * @return the content with the sphere rings
     */
    public static MapContent added(MapContent content, List<Site> sites, ThresholdSet set, Largest largest) {
        String label = "Same range on the sphere (R = 6,371 km), fine dashes; largest difference from WGS84 "
                + largest.text();
        List<MapContent.MapRing> rings = new ArrayList<>(content.rings());
        for (Site s : sites) {
            for (Threshold t : set.thresholds()) {
                rings.add(new MapContent.MapRing(new Ring(s.point(), t.radiusMeters(), EarthModel.SPHERE), label,
                        false, Threshold.Role.PLAIN));
            }
        }
        return new MapContent(content.bands(), rings, content.outlines(), content.hatches(), content.sites(),
                content.targets(), content.targetLegend(), content.legendTitle(), content.attribution(), content.fan());
    }
}
