package org.rangekit.api;

import java.util.List;
import org.rangekit.geodesy.EarthModel;
import org.rangekit.range.Fan;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.MapSettings;
import org.rangekit.scenario.Scenario;
import org.rangekit.scenario.Targets;

/**
 * The parameters of one map for {@link Maps}: what to draw (sites, ranges, Earth model, union,
 * marked places) and how ({@link MapSettings}).
 *
 * @param sites launch sites, at least one
 * @param set ranges and the categories that name their bands
 * @param earth figure of the Earth
 * @param union with several sites, draw the union of their discs instead of each site's
 * @param targets places to mark: the capitals within the outermost range, and given places
 * @param settings projection, size, resolution, extent, basemap and titles
 * @param fan radials and sectors drawn over the rings ({@link Fan#NONE} for none)
 */
public record MapRequest(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union, Targets targets,
        MapSettings settings, Fan fan) {

    /** A request without radials or sectors. */
    public MapRequest(List<Site> sites, ThresholdSet set, EarthModel earth, boolean union, Targets targets,
            MapSettings settings) {
        this(sites, set, earth, union, targets, settings, Fan.NONE);
    }

    public MapRequest {
        fan = fan == null ? Fan.NONE : fan;
        if (sites == null || sites.isEmpty()) {
            throw new IllegalArgumentException("a map needs at least one site");
        }
        sites = List.copyOf(sites);
        if (set == null || earth == null || targets == null || settings == null) {
            throw new IllegalArgumentException("ranges, earth model, targets and settings are required");
        }
    }

    /** A map of {@code set} around {@code sites} on WGS84 with default settings and nothing marked. */
    public static MapRequest of(List<Site> sites, ThresholdSet set) {
        return new MapRequest(sites, set, EarthModel.WGS84, false, Targets.NONE, MapSettings.DEFAULT);
    }

    /** The map of a scenario with the given settings (the scenario's, or one output's). */
    public static MapRequest of(Scenario s, MapSettings settings) {
        return new MapRequest(s.sites(), s.set(), s.earth(), s.union(), s.targets(), settings, s.fan());
    }

    /** This request with other settings. */
    public MapRequest withSettings(MapSettings newSettings) {
        return new MapRequest(sites, set, earth, union, targets, newSettings, fan);
    }
}
