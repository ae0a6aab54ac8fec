/**
 * Map rendering: a {@link org.rangekit.render.MapSpec} and its content, reprojected without lies
 * ({@link org.rangekit.render.Reprojector}) and drawn through one {@link org.rangekit.render.Painter}
 * interface; {@link org.rangekit.render.Java2dPainter} backs PNG, SVG and PDF output.
 */
package org.rangekit.render;
