#!/usr/bin/env python3
"""Writes fixture.topojson: small spherical TopoJSON cases for AntimeridianRepairTest.

Quantized like world-atlas (delta-encoded arcs, transform), rings stitched across ±180 the way
geostitch leaves them. Run: python3 make-fixture.py > fixture.topojson
"""
import json

SX, SY, TX, TY = 0.5, 0.001, -180.0, -90.0

def q(pt):
    return (round((pt[0] - TX) / SX), round((pt[1] - TY) / SY))

arcs = []

def arc(points):
    qs = [q(p) for p in points]
    enc = [list(qs[0])] + [[b[0] - a[0], b[1] - a[1]] for a, b in zip(qs, qs[1:])]
    arcs.append(enc)
    return len(arcs) - 1

def ring(points):
    return [arc(points + [points[0]])]

objects = {}
def poly(name, *rings):
    objects[name] = {"type": "Polygon", "arcs": list(rings), "properties": {"name": name}}

# A box from 170°E eastward across the antimeridian to 170°W, lat 60..70, with a sloping south edge
# (60 at 170E, 64 at 170W: the crossing vertex at ±180 gets latitude 62 by interpolation).
poly("russia", ring([(170, 60), (-170, 64), (-170, 70), (170, 70)]))
# A ring around the South Pole that starts away from the antimeridian.
poly("antarctica", ring([(0, -70), (120, -75), (-120, -75)]))
# world-atlas 50m style: a small ring at -89.999 around the pole as shell, the coast as hole.
poly("annulus", ring([(-180, -89.999), (90, -89.999), (0, -89.999), (-90, -89.999)]),
     ring([(0, -70), (120, -75), (-120, -75)]))
# A box across the antimeridian with a hole that crosses it too.
poly("holed", ring([(170, -20), (-170, -20), (-170, -10), (170, -10)]),
     ring([(178, -16), (178, -14), (-178, -14), (-178, -16)]))
# Two squares sharing an edge: the second uses the shared arc reversed (~i).
shared = arc([(10, 10), (10, 20)])
left = arc([(10, 20), (0, 20), (0, 10), (10, 10)])
right = arc([(10, 10), (20, 10), (20, 20), (10, 20)])
objects["left"] = {"type": "Polygon", "arcs": [[shared, left]], "properties": {"name": "left"}}
objects["right"] = {"type": "Polygon", "arcs": [[right, ~shared]], "properties": {"name": "right"}}
# A coastline crossing the antimeridian twice.
line = arc([(175, 50), (-175, 52), (-170, 54), (175, 56)])
objects["coast"] = {"type": "LineString", "arcs": [line], "properties": {"name": "coast"}}

print(json.dumps({"type": "Topology", "transform": {"scale": [SX, SY], "translate": [TX, TY]},
                  "objects": objects, "arcs": arcs}, separators=(",", ":")))
