package org.rangekit.scenario;

import org.rangekit.projection.ProjectionKind;

/**
 * One map file of a scenario: its path and what it changes of the scenario's
 * {@link MapSettings}; a null field keeps the shared setting.
 *
 * @param file output path (.png, .svg or .pdf)
 * @param projection projection, or null
 * @param widthPx width (pixels), or null; given together with {@code heightPx}
 * @param heightPx height (pixels), or null
 * @param extentKm distance from the centre to the nearer edge (kilometres), or null
 * @param title title, or null
 * @param subtitle subtitle, or null
 */
public record MapOutput(String file, ProjectionKind projection, Integer widthPx, Integer heightPx, Double extentKm,
        String title, String subtitle) {

    public MapOutput {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("a map output needs a file");
        }
        MapFormat.ofFileName(file);
        if ((widthPx == null) != (heightPx == null)) {
            throw new IllegalArgumentException("give both widthPx and heightPx of a map output, or neither");
        }
        if (widthPx != null) {
            MapSettings.checkSize(widthPx, heightPx);
        }
        if (extentKm != null) {
            MapSettings.checkExtentKm(extentKm);
        }
    }

    /** A map file with the shared settings. */
    public static MapOutput of(String file) {
        return new MapOutput(file, null, null, null, null, null, null);
    }

    /** The scenario's shared settings with this output's changes. */
    public MapSettings settings(MapSettings shared) {
        return new MapSettings(projection != null ? projection : shared.projection(),
                widthPx != null ? widthPx : shared.widthPx(), heightPx != null ? heightPx : shared.heightPx(),
                shared.dpi(), extentKm != null ? extentKm : shared.extentKm(), shared.basemap(),
                title != null ? title : shared.title(), subtitle != null ? subtitle : shared.subtitle(),
                shared.centre());
    }
}
