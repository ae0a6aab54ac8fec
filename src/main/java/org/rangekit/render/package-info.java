/**
 * Map rendering: a {@link org.rangekit.render.MapSpec} and its content, reprojected without lies
 * ({@link org.rangekit.render.Reprojector}) and drawn through one {@link org.rangekit.render.Painter}
 * interface; {@link org.rangekit.render.Java2dPainter} backs PNG, SVG and PDF output.
 * {@link org.rangekit.render.MapRenderer} prepares a map in four small steps (fitting, map geometry,
 * layer building on an injected executor, label layout measured by
 * {@link org.rangekit.render.TextMetrics}); docs/maps.md describes them.
 */
package org.rangekit.render;
