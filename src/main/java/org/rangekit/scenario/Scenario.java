package org.rangekit.scenario;

import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.range.Fan;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;

/**
 * A scenario: launch sites, the ranges drawn around them (a preset such as INF or the user's own),
 * the figure of the Earth, the places to mark, how maps look and which files to write.
 *
 * <p>The command line builds one from its flags, {@code org.rangekit.io.in.ScenarioReader} reads
 * one from YAML, and {@code org.rangekit.api.Scenarios.run} writes its outputs. Example:
 * <pre>{@code
 * Scenario s = new Scenario(List.of(site), ThresholdSet.inf(), EarthModel.WGS84, false, Targets.CAPITALS,
 *         MapSettings.DEFAULT, new Outputs(List.of(MapOutput.of("inf.png")), "inf.geojson", null));
 * Scenarios.run(s, Path.of("out"), path -> System.out.println("wrote " + path));   // org.rangekit.api
 * }</pre>
 *
 * @param sites launch sites, at least one unless {@code area} is given, in order, each once ({@link Site#isSameSiteAs})
 * @param set the ranges and the categories that name them
 * @param earth figure of the Earth
 * @param union with several sites, draw the union of their discs instead of each site's
 * @param targets places to mark on maps
 * @param map settings shared by every map output
 * @param outputs files to write
 * @param fan radials and sectors drawn on maps and written with the rings ({@link Fan#NONE} for none)
 * @param compareEarth set the sphere beside WGS84 in the maps and the coverage report, as
 *        {@code map --compare-earth} and {@code coverage --compare-earth} do; requires {@code earth} WGS84
 * @param area the area the ranges are measured from instead of sites (then {@code sites} is empty),
 *     or null
 */
public record Scenario(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union, Targets targets,
        MapSettings map, Outputs outputs, Fan fan, boolean compareEarth, ScenarioArea area) {

    /** A scenario from sites without the sphere comparison. */
    public Scenario(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union, Targets targets,
            MapSettings map, Outputs outputs, Fan fan) {
        this(sites, set, earth, union, targets, map, outputs, fan, false, null);
    }

    /** A scenario from sites, with or without the sphere comparison. */
    public Scenario(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union, Targets targets,
            MapSettings map, Outputs outputs, Fan fan, boolean compareEarth) {
        this(sites, set, earth, union, targets, map, outputs, fan, compareEarth, null);
    }

    /** A scenario from an area (or from sites when {@code area} is null), without the sphere comparison. */
    public Scenario(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union, Targets targets,
            MapSettings map, Outputs outputs, Fan fan, ScenarioArea area) {
        this(sites, set, earth, union, targets, map, outputs, fan, false, area);
    }

    /** A scenario without radials or sectors. */
    public Scenario(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union, Targets targets,
            MapSettings map, Outputs outputs) {
        this(sites, set, earth, union, targets, map, outputs, Fan.NONE);
    }

    public Scenario {
        fan = fan == null ? Fan.NONE : fan;
        if (area == null && (sites == null || sites.isEmpty())) {
            throw new IllegalArgumentException("a scenario needs at least one site");
        }
        if (area != null && sites != null && !sites.isEmpty()) {
            throw new IllegalArgumentException("a scenario measures from sites or from an area, not both");
        }
        sites = sites == null ? List.of() : List.copyOf(sites);
        for (int i = 1; i < sites.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (sites.get(i).isSameSiteAs(sites.get(j))) {
                    throw new IllegalArgumentException("site '" + sites.get(i).id() + "' is the same site as '"
                            + sites.get(j).id() + "'; give each site once");
                }
            }
        }
        if (set == null || earth == null || targets == null || map == null || outputs == null) {
            throw new IllegalArgumentException("ranges, earth model, targets, map settings and outputs are required");
        }
        if (compareEarth && earth != EarthModel.WGS84) {
            throw new IllegalArgumentException("the earth comparison sets the sphere beside WGS84: expected earth WGS84, got "
                    + earth.label());
        }
    }
}
