package org.rangekit.geometry;

import java.util.List;

import org.rangekit.geodesy.EarthModel;
import org.rangekit.geodesy.GeoPoint;

/** The areas the distance and buffer tests share: long edges, a hole, a pole, ±180°, lines and points. */
final class GeodesicAreaTestAreas {

    private GeodesicAreaTestAreas() {
    }

    /** A named area with its parts. */
    record TestArea(String name, List<List<GeoPoint>> rings, List<List<GeoPoint>> lines, List<GeoPoint> points) {
    }

    static GeoPoint p(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }

    static List<TestArea> all() {
        return List.of(
                // Edges of 2,300–4,200 km and a hole.
                new TestArea("europe-box-with-hole",
                        List.of(List.of(p(40, -10), p(30, 35), p(55, 40), p(60, 0)),
                                List.of(p(45, 10), p(42, 22), p(50, 20))),
                        List.of(), List.of()),
                // A geodesic ring round the North Pole at about 75° N (edges of about 1,300 km).
                new TestArea("north-pole-cap",
                        List.of(List.of(p(75, 0), p(74, 45), p(76, 90), p(75, 135), p(73, 180), p(75, -135),
                                p(77, -90), p(75, -45))),
                        List.of(), List.of()),
                // Across the antimeridian (Chukotka to the Aleutians).
                new TestArea("across-180",
                        List.of(List.of(p(60, 170), p(50, 175), p(52, -165), p(66, -172))),
                        List.of(), List.of()),
                // Antarctica-like: drawn flat and closed along the South Pole line.
                new TestArea("south-pole-flat",
                        List.of(GeodesicArea.densifyLonLat(List.of(p(-70, -180), p(-65, -90), p(-72, 0),
                                p(-66, 90), p(-70, 180), p(-90, 180), p(-90, 0), p(-90, -180), p(-70, -180)),
                                1.0, EarthModel.WGS84)),
                        List.of(), List.of()),
                // A long line (a border or coast) and candidate launch points.
                new TestArea("line-and-points",
                        List.of(),
                        List.of(List.of(p(10, -30), p(20, -10), p(15, 20), p(-5, 25))),
                        List.of(p(0, 0), p(30, -20))));
    }
}
