/**
 * Outputs at the edge of the system: GeoJSON (RFC 7946), atomic file output, and reports
 * ({@code io.out.report}: CSV, JSON, Markdown). Writers turn core values into bytes; nothing here
 * reads user input. Core packages never import this one.
 */
package org.rangekit.io.out;
