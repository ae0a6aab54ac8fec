package org.rangekit.render;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.range.Band;
import org.rangekit.range.Ring;
import org.rangekit.range.Threshold;

/**
 * What goes on the map besides the basemap.
 *
 * @param bands filled range bands, drawn first to last
 * @param rings ring outlines with their labels
 * @param outlines other outlines, such as the union of several sites' discs
 * @param hatches areas drawn hatched over the bands: where a target is possibly, not certainly, in range
 * @param sites launch sites
 * @param targets places to mark (e.g. capitals in range), most important first
 * @param targetLegend legend text for the target marker, e.g. "Capital within 5,500 km"
 * @param legendTitle heading of the legend
 * @param attribution sources, drawn in a corner
 * @param fan radials and sectors drawn over the rings
 */
public record MapContent(List<MapBand> bands, List<MapRing> rings, List<MapOutline> outlines,
        List<MapHatch> hatches, List<MapSite> sites, List<MapTarget> targets,
        String targetLegend, String legendTitle, String attribution, List<MapFanPart> fan) {

    /** Content without hatched areas, radials or sectors. */
    public MapContent(List<MapBand> bands, List<MapRing> rings, List<MapOutline> outlines, List<MapSite> sites,
            List<MapTarget> targets, String targetLegend, String legendTitle, String attribution) {
        this(bands, rings, outlines, List.of(), sites, targets, targetLegend, legendTitle, attribution, List.of());
    }

    public MapContent {
        hatches = hatches == null ? List.of() : List.copyOf(hatches);
        fan = fan == null ? List.of() : List.copyOf(fan);
        bands = List.copyOf(bands);
        rings = List.copyOf(rings);
        outlines = List.copyOf(outlines);
        sites = List.copyOf(sites);
        targets = List.copyOf(targets);
        targetLegend = targetLegend == null ? "" : targetLegend;
        legendTitle = legendTitle == null ? "" : legendTitle;
        attribution = attribution == null ? "" : attribution;
    }

    /**
     * A filled band: either one site's geodesic band or a lon/lat region (such as a band of the union
     * of several sites' discs).
     *
     * @param band the geodesic band, or null
     * @param lonLat the region in lon/lat (RFC 7946 form), or null; exactly one of the two is given
     * @param label legend text, e.g. "500–1,000 km: shorter-range (INF)"
     * @param colourIndex index into the style's band palette
     */
    public record MapBand(Band band, Geometry lonLat, String label, int colourIndex) {
        public MapBand {
            if ((band == null) == (lonLat == null)) {
                throw new IllegalArgumentException("a map band is either a geodesic band or a lon/lat region");
            }
            label = label == null ? "" : label;
        }

        /** A geodesic band. */
        public MapBand(Band band, String label, int colourIndex) {
            this(band, null, label, colourIndex);
        }
    }

    /**
     * A hatched area: the band of targets possibly, not certainly, within a range, because the launch
     * point is known only to ±u km or the range only as an interval ({@link org.rangekit.range.Reach}).
     *
     * @param band the geodesic band around one site, or null
     * @param lonLat the region in lon/lat (RFC 7946 form), e.g. for the union of several sites, or null;
     *        exactly one of the two is given
     * @param label legend text, e.g. "Possibly in range: site position ±20–50 km"
     */
    public record MapHatch(Band band, Geometry lonLat, String label) {
        public MapHatch {
            if ((band == null) == (lonLat == null)) {
                throw new IllegalArgumentException("a hatched area is either a geodesic band or a lon/lat region");
            }
            label = label == null ? "" : label;
        }
    }

    /**
     * A ring outline.
     *
     * @param ring the geodesic ring
     * @param label text along the ring, e.g. "500 km — INF lower limit"
     * @param emphasis drawn thicker (a union outline or a claimed range)
     * @param role what kind of range the ring is; the renderer styles the line by it (a claimed
     *        range is dashed, limits and plain ranges are solid)
     */
    public record MapRing(Ring ring, String label, boolean emphasis, Threshold.Role role) {
        public MapRing {
            if (role == null) {
                throw new IllegalArgumentException("a map ring needs a role (claimed, limit or plain)");
            }
            label = label == null ? "" : label;
        }

        /**
         * A ring drawn dashed or solid: a dashed ring is a {@link Threshold.Role#CLAIMED claimed} range,
         * a solid one {@link Threshold.Role#PLAIN plain}.
         */
        public MapRing(Ring ring, String label, boolean emphasis, boolean dashed) {
            this(ring, label, emphasis, dashed ? Threshold.Role.CLAIMED : Threshold.Role.PLAIN);
        }

        /** Whether the ring is drawn dashed, which its role decides. */
        public boolean dashed() {
            return LayerBuilder.dashed(role);
        }
    }

    /**
     * A launch site.
     *
     * @param name label
     * @param point position
     * @param uncertaintyKm how far the real launch point may be from {@code point} (kilometres); shown
     *        through the hatched bands of the ranges ({@link MapHatch})
     */
    public record MapSite(String name, GeoPoint point, double uncertaintyKm) {
        public MapSite {
            if (!(uncertaintyKm >= 0) || Double.isInfinite(uncertaintyKm)) {
                throw new IllegalArgumentException("uncertainty must be a finite number >= 0 km, got " + uncertaintyKm);
            }
        }
    }

    /**
     * An outline given as lon/lat geometry (RFC 7946 form), e.g. the union of several sites' discs.
     *
     * @param lonLat polygons whose outline is drawn
     * @param label text placed along the outline, e.g. "500 km — INF lower limit"
     * @param role what kind of range the outline is the edge of; styles the line as for a {@link MapRing}
     */
    public record MapOutline(Geometry lonLat, String label, Threshold.Role role) {
        public MapOutline {
            if (role == null) {
                throw new IllegalArgumentException("a map outline needs a role (claimed, limit or plain)");
            }
            label = label == null ? "" : label;
        }

        /**
         * An outline drawn dashed or solid: a dashed outline is the edge of a
         * {@link Threshold.Role#CLAIMED claimed} range, a solid one of a {@link Threshold.Role#PLAIN plain} one.
         */
        public MapOutline(Geometry lonLat, String label, boolean dashed) {
            this(lonLat, label, dashed ? Threshold.Role.CLAIMED : Threshold.Role.PLAIN);
        }

        /** Whether the outline is drawn dashed, which its role decides. */
        public boolean dashed() {
            return LayerBuilder.dashed(role);
        }
    }

    /**
     * A radial or a sector of a range fan, drawn as a line over the rings.
     *
     * @param lonLat a radial's (Multi)LineString or a sector's (Multi)Polygon in lon/lat (RFC 7946 form)
     * @param sector whether it is a sector (outlined and lightly filled) rather than a radial
     */
    public record MapFanPart(Geometry lonLat, boolean sector) {
    }

    /**
     * A place to mark.
     *
     * @param name label
     * @param point position
     */
    public record MapTarget(String name, GeoPoint point) {
    }
}
