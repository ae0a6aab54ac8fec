package org.rangekit.scenario;

import java.util.List;
import org.rangekit.range.Site;

/**
 * The places a scenario marks on its maps.
 *
 * @param capitals mark the capitals within the outermost range of any site
 * @param places other places to mark wherever they are (e.g. missile-defence sites), in order
 */
public record Targets(boolean capitals, List<Site> places) {

    /** Nothing marked. */
    public static final Targets NONE = new Targets(false, List.of());
    /** The capitals within the outermost range. */
    public static final Targets CAPITALS = new Targets(true, List.of());

    public Targets {
        if (places == null) {
            throw new IllegalArgumentException("places must not be null (use an empty list)");
        }
        places = List.copyOf(places);
    }

    /** The given places and no capitals. */
    public static Targets places(List<Site> places) {
        return new Targets(false, places);
    }
}
