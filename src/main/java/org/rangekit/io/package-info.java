/**
 * The edge of the system: the site catalog, GeoJSON output (RFC 7946), atomic file output, and in
 * sub-packages the embedded data ({@code io.data}), target files ({@code io.targets}) and reports
 * ({@code io.report}). Core packages never import this one.
 */
package org.rangekit.io;
