package org.rangekit.io.out;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rangekit.geometry.Fans;

/**
 * GeoJSON features of a range fan's radials and sectors, with the properties every overlay feature
 * carries: {@code name}, {@code kind} ({@code radial} or {@code sector}), {@code site},
 * {@code site_name}, then {@code azimuth_deg} and {@code length_km} for a radial, or
 * {@code start_deg}, {@code end_deg}, {@code inner_km} and {@code outer_km} for a sector.
 */
public final class FanFeatures {

    private FanFeatures() {
    }

    /** One feature per part, in order. */
    public static List<GeoJsonWriter.Feature> of(List<Fans.Part> parts) {
        List<GeoJsonWriter.Feature> out = new ArrayList<>();
        for (Fans.Part p : parts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("kind", p.kind().label());
            m.put("site", p.site().id());
            m.put("site_name", p.site().name());
            if (p.kind() == Fans.Kind.RADIAL) {
                m.put("azimuth_deg", p.azimuthDeg());
                m.put("length_km", p.outerKm());
            } else {
                m.put("start_deg", p.azimuthDeg());
                m.put("end_deg", p.endAzimuthDeg());
                m.put("inner_km", p.innerKm());
                m.put("outer_km", p.outerKm());
            }
            out.add(new GeoJsonWriter.Feature(p.geometry(), m));
        }
        return out;
    }
}
