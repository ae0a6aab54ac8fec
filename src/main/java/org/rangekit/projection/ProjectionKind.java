package org.rangekit.projection;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rangekit.text.Quote;

/** The projections rangekit draws maps in, with the names the command line uses. */
public enum ProjectionKind {
    /** Site-centred azimuthal equidistant, exact on the ellipsoid: every range ring is a true circle. */
    AEQD("aeqd", "azimuthal equidistant"),
    /** Orthographic globe centred on the site. */
    ORTHO("ortho", "orthographic globe"),
    /** Lambert azimuthal equal-area centred on the site. */
    LAEA("laea", "Lambert azimuthal equal-area"),
    /** Robinson whole-world map (Apache SIS 1.6 has no Equal Earth). */
    WORLD("world", "Robinson world"),
    /** Web Mercator (EPSG "Popular Visualisation Pseudo Mercator"). */
    MERCATOR("mercator", "Web Mercator");

    private final String id;
    private final String title;

    ProjectionKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The command-line name, e.g. {@code aeqd}. */
    public String id() {
        return id;
    }

    /** A human-readable name for legends. */
    public String title() {
        return title;
    }

    /** True for the projections centred on a point of the globe. */
    public boolean isAzimuthal() {
        return this == AEQD || this == ORTHO || this == LAEA;
    }

    /**
     * Parses a command-line name (any case).
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static ProjectionKind parse(String text) {
        for (ProjectionKind k : values()) {
            if (k.id.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("projection must be one of "
                + Arrays.stream(values()).map(ProjectionKind::id).collect(Collectors.joining("|"))
                + ", got " + Quote.of(text));
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
