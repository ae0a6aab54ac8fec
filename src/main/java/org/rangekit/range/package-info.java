/**
 * Launch sites and the ranges drawn around them: {@link org.rangekit.range.Site},
 * {@link org.rangekit.range.Ring} and {@link org.rangekit.range.Band} (exact membership by
 * geodesic distance), and threshold sets with inclusive or exclusive edges, among them the INF
 * Treaty's preset (Art. II §§5–6: shorter range 500–1,000 km, intermediate range over 1,000 up to
 * 5,500 km). No I/O.
 */
package org.rangekit.range;
