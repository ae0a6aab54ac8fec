/**
 * Launch sites and the ranges drawn around them: {@link org.rangekit.range.Site},
 * {@link org.rangekit.range.Ring} and {@link org.rangekit.range.Band} (exact membership by
 * geodesic distance), and threshold sets with inclusive or exclusive edges, among them the INF
 * Treaty's preset (Art. II §§5–6: shorter range 500–1,000 km, intermediate range over 1,000 up to
 * 5,500 km). The one model of each thing written several times before:
 * {@link org.rangekit.range.Interval} (distance intervals with explicit edges),
 * {@link org.rangekit.range.CategorySet} (named categories over intervals; INF is one preset),
 * {@link org.rangekit.range.KmFormat} (km in labels), {@link org.rangekit.range.Lengths} and
 * {@link org.rangekit.range.LengthUnit} (lengths with units typed by people),
 * {@link org.rangekit.range.RingSeries} (rings by a step and a count, or a minimum and a maximum,
 * for the command line and scenario files alike). No I/O.
 */
package org.rangekit.range;
