/**
 * Readers of coverage targets: CSV and GeoJSON user files, streamed, with bad rows reported by
 * line number; KML/KMZ Point placemarks, and the points of a GeoPackage layer or a FlatGeobuf file. Built-in sets (cities, capitals, countries) come from {@code io.in.data}.
 */
package org.rangekit.io.in.targets;
