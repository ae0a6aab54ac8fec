/**
 * Inputs at the edge of the system: the launch-site catalog, scenario files
 * ({@link org.rangekit.io.in.ScenarioReader}, YAML), the embedded data
 * ({@code io.in.data}: Natural Earth layers and GeoNames cities) and target files
 * ({@code io.in.targets}: CSV, GeoJSON, KML/KMZ, GeoPackage, FlatGeobuf), site files ({@link org.rangekit.io.in.SiteFiles}). Readers turn bytes into core values; nothing here
 * writes a file. Core packages never import this one.
 */
package org.rangekit.io.in;
