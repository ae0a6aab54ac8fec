/**
 * Coverage: which targets lie in which band of a site, exactly and fast; areas and populations
 * inside bands; deltas between ranges and between sites.
 *
 * <p>Pure computation: this package never imports {@code io}, {@code render} or {@code cli}.
 * Membership is always decided by the WGS84 geodesic distance (GeographicLib, Karney 2013); the
 * fast path ({@link org.rangekit.coverage.FastClassifier}) only skips the exact inverse where a
 * proven bound ({@link org.rangekit.coverage.SphereBound}) already settles the answer.
 */
package org.rangekit.coverage;
