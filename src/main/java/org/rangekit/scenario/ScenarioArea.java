package org.rangekit.scenario;

import org.rangekit.geometry.GeodesicArea;

/**
 * The area a scenario measures its ranges from instead of sites ({@code area:} in YAML): a file,
 * a country or part of one, or an inline geometry, read.
 *
 * @param name how outputs name it (the {@code origin} property, titles): the file name as written,
 *     {@code "RUS (part containing 54.71, 20.51)"}, or the scenario's own {@code name:} for it
 * @param area the area
 */
public record ScenarioArea(String name, GeodesicArea area) {

    public ScenarioArea {
        if (name == null || name.isBlank() || area == null) {
            throw new IllegalArgumentException("a scenario area needs a name and an area");
        }
    }
}
