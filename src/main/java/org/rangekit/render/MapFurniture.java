package org.rangekit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.projection.Domain;
import org.rangekit.range.KmFormat;
import org.rangekit.render.LabelPlacer.Box;
import org.rangekit.render.MapContent.MapBand;
import org.rangekit.render.MapContent.MapHatch;
import org.rangekit.render.MapContent.MapOutline;
import org.rangekit.render.MapContent.MapRing;
import org.rangekit.render.Painter.LineStyle;
import org.rangekit.render.Painter.TextStyle;

/**
 * The furniture of a map: title block, legend, sources and projection note, scale bar. Each piece
 * reserves its box in the {@link LabelPlacer} so that map labels keep clear of it.
 *
 * <p>Not thread-safe; one per map.
 */
final class MapFurniture {

    private final MapSpec spec;
    private final MapContent content;
    private final MapFrame frame;
    private final MapStyle style;
    private final LabelPlacer labels;
    private final double pt;
    private final int w;
    private final int h;
    private final TextMetrics metrics;

    /**
     * @param metrics text metrics of the painter that will draw the map
     */
    MapFurniture(MapSpec spec, MapContent content, MapFrame frame, LabelPlacer labels, TextMetrics metrics) {
        this.spec = spec;
        this.content = content;
        this.frame = frame;
        this.style = spec.style();
        this.labels = labels;
        this.pt = spec.pxPerPt();
        this.w = spec.widthPx();
        this.h = spec.heightPx();
        this.metrics = metrics;
    }

    private boolean on(MapLayer layer) {
        return spec.layers().contains(layer);
    }

    private double[] size(String s, TextStyle ts) {
        return metrics.textSize(s, ts);
    }

    /** The title block's styles, text sizes and box (pixels), or null when nothing is drawn there. */
    private record TitleBlock(TextStyle tt, TextStyle st, double[] ts, double[] ss, double pad, Box box) {
    }

    private static TitleBlock titleBlock(MapSpec spec, TextMetrics metrics) {
        if (!spec.layers().contains(MapLayer.TITLE) || spec.title().isEmpty() && spec.subtitle().isEmpty()) {
            return null;
        }
        MapStyle style = spec.style();
        double pt = spec.pxPerPt();
        TextStyle tt = new TextStyle(style.titlePt() * pt, true, style.ink(), null);
        TextStyle st = new TextStyle(style.textPt() * 1.15 * pt, false, Rgba.hex(0x444444), null);
        double pad = 6 * pt;
        double[] ts = metrics.textSize(spec.title(), tt);
        double[] ss = metrics.textSize(spec.subtitle(), st);
        // A long title on a narrow map shrinks to fit rather than run off the edge (text scales linearly).
        double room = spec.widthPx() - 16 * pt - 2 * pad;
        double shrink = Math.min(1, room / Math.max(1, Math.max(ts[0], ss[0])));
        if (shrink < 1) {
            tt = new TextStyle(tt.sizePx() * shrink, true, tt.colour(), null);
            st = new TextStyle(st.sizePx() * shrink, false, st.colour(), null);
            ts = metrics.textSize(spec.title(), tt);
            ss = metrics.textSize(spec.subtitle(), st);
        }
        double bw = Math.max(ts[0], ss[0]) + 2 * pad;
        double bh = ts[1] + (spec.subtitle().isEmpty() ? 0 : ss[1] + 2 * pt) + 2 * pad;
        return new TitleBlock(tt, st, ts, ss, pad, new Box(8 * pt, 8 * pt, bw, bh));
    }

    /**
     * The title panel's box (pixels), or null when the map has no title block. World and Mercator maps
     * are fitted below it ({@link MapFrame#of}), so that it covers no part of them.
     */
    static Box titleBox(MapSpec spec, TextMetrics metrics) {
        TitleBlock b = titleBlock(spec, metrics);
        return b == null ? null : b.box();
    }

    void title(List<DrawOp> out) {
        TitleBlock tb = titleBlock(spec, metrics);
        if (tb == null) {
            return;
        }
        Box b = tb.box();
        double x = b.x();
        double y = b.y();
        double pad = tb.pad();
        out.add(new DrawOp.Fill(MapPath.rectangle(x, y, b.w(), b.h()), Rgba.hex(0xFFFFFF).withAlpha(225)));
        out.add(new DrawOp.Text(spec.title(), x + pad, y + pad + tb.ts()[1] * 0.78, tb.tt()));
        if (!spec.subtitle().isEmpty()) {
            out.add(new DrawOp.Text(spec.subtitle(), x + pad, y + pad + tb.ts()[1] + 2 * pt + tb.ss()[1] * 0.78,
                    tb.st()));
        }
        labels.block(b);
    }

    /** Draws the legend in the bottom-left corner; returns its box, or null when it has no entries. */
    Box legend(List<DrawOp> out) {
        record Entry(String kind, Rgba colour, String label) {
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (MapBand b : content.bands()) {
            if (!b.label().isEmpty() && seen.put("band:" + b.label(), true) == null) {
                entries.add(new Entry("swatch", style.bandFill(b.colourIndex()), b.label()));
            }
        }
        List<MapRing> own = content.rings().stream().filter(r -> r.ring().earth() == spec.earth()).toList();
        boolean solid = own.stream().anyMatch(r -> !r.dashed());
        boolean dashed = own.stream().anyMatch(MapRing::dashed);

        if (solid) {
            entries.add(new Entry("line", style.ink(), "Range ring: geodesic distance on " + spec.earth().label()));
        }
        if (dashed) {
            MapRing d = own.stream().filter(MapRing::dashed).findFirst().orElseThrow();
            entries.add(new Entry("dash", style.ink(), d.label()));
        }
        content.rings().stream().filter(r -> r.ring().earth() != spec.earth()).findFirst()
                .ifPresent(r -> entries.add(new Entry("otherEarth", style.ink(), r.label())));
        content.outlines().stream().filter(MapOutline::dashed).findFirst()
                .ifPresent(d -> entries.add(new Entry("dash", style.ink(), d.label())));
        if (!content.outlines().isEmpty()) {
            // Outlines are the union of several sites' discs (each labelled with its range), or the buffers of
            // an area drawn with the area's own unlabelled outline (api.AreaRanges).
            entries.add(new Entry("line", style.ink(), content.outlines().stream().anyMatch(o -> o.label().isEmpty())
                    ? "Range edge: geodesic distance from the area" : "Edge of the union of all sites' ranges"));
        }
        if (content.fan().stream().anyMatch(f -> !f.sector())) {
            entries.add(new Entry("line", LayerBuilder.FAN_INK, "Radial: geodesic from the site"));
        }
        if (content.fan().stream().anyMatch(MapContent.MapFanPart::sector)) {
            entries.add(new Entry("swatch", LayerBuilder.FAN_FILL, "Sector (range and azimuth window)"));
        }
        if (on(MapLayer.BANDS)) {
            for (MapHatch hatch : content.hatches()) {
                if (!hatch.label().isEmpty() && seen.put("hatch:" + hatch.label(), true) == null) {
                    entries.add(new Entry("hatch", style.ink(), hatch.label()));
                }
            }
        }
        if (!content.sites().isEmpty()) {
            entries.add(new Entry("site", style.ink(), content.sites().size() == 1 ? "Launch site" : "Launch sites"));
        }
        if (!content.targets().isEmpty() && on(MapLayer.TARGETS)) {
            entries.add(new Entry("dot", Rgba.hex(0x333333), content.targetLegend()));
        }
        if (entries.isEmpty()) {
            return null;
        }
        TextStyle ts = new TextStyle(style.textPt() * pt, false, style.ink(), null);
        TextStyle hs = new TextStyle(style.textPt() * 1.1 * pt, true, style.ink(), null);
        double pad = 6 * pt;
        double sw = 16 * pt;
        double rowH = Math.max(size("Ag", ts)[1], 8 * pt) + 3 * pt;
        double textW = size(content.legendTitle(), hs)[0];
        for (Entry e : entries) {
            textW = Math.max(textW, sw + 5 * pt + size(e.label(), ts)[0]);
        }
        double headH = content.legendTitle().isEmpty() ? 0 : size(content.legendTitle(), hs)[1] + 3 * pt;
        double bw = textW + 2 * pad;
        double bh = headH + rowH * entries.size() + 2 * pad;
        double x = 8 * pt;
        double y = h - 8 * pt - bh;
        out.add(new DrawOp.Fill(MapPath.rectangle(x, y, bw, bh), Rgba.hex(0xFFFFFF).withAlpha(230)));
        out.add(new DrawOp.Stroke(MapPath.rectangle(x, y, bw, bh), new LineStyle(Rgba.hex(0xAAAAAA), 0.5 * pt)));
        double cy = y + pad;
        if (headH > 0) {
            out.add(new DrawOp.Text(content.legendTitle(), x + pad, cy + headH * 0.7, hs));
            cy += headH;
        }
        for (Entry e : entries) {
            double mid = cy + rowH / 2;
            double sx = x + pad;
            switch (e.kind()) {
                case "swatch" -> {
                    MapPath r = MapPath.rectangle(sx, mid - 4 * pt, sw, 8 * pt);
                    out.add(new DrawOp.Fill(r, e.colour()));
                    out.add(new DrawOp.Stroke(r, new LineStyle(Rgba.hex(0x777777), 0.4 * pt)));
                }
                case "hatch" -> {
                    MapPath r = MapPath.rectangle(sx, mid - 4 * pt, sw, 8 * pt);
                    out.add(new DrawOp.Hatch(r, LayerBuilder.hatchStyle(style, pt), LayerBuilder.hatchSpacing(pt)));
                    out.add(new DrawOp.Stroke(r, new LineStyle(Rgba.hex(0x777777), 0.4 * pt)));
                }
                case "line", "dash", "thick", "otherEarth" -> {
                    double lw = style.ringWidthPt() * pt * (e.kind().equals("thick") ? 2.2 : 1);
                    double[] dash = e.kind().equals("dash") ? LayerBuilder.claimDash(pt)
                            : e.kind().equals("otherEarth") ? LayerBuilder.otherEarthDash(pt) : new double[0];
                    out.add(new DrawOp.Stroke(new MapPath().add(new double[] {sx, mid, sx + sw, mid}, 4, false),
                            new LineStyle(e.colour(), lw, dash)));
                }
                case "site" -> out.add(new DrawOp.Fill(MapPath.triangle(sx + sw / 2, mid, 3.2 * pt), e.colour()));
                default -> out.add(new DrawOp.Fill(MapPath.circle(sx + sw / 2, mid, 1.6 * pt, 16), e.colour()));
            }
            out.add(new DrawOp.Text(e.label(), sx + sw + 5 * pt, mid + rowH * 0.25, ts));
            cy += rowH;
        }
        Box box = new Box(x, y, bw, bh);
        labels.block(box);
        return box;
    }

    /** Draws the sources and projection note in the bottom-right corner; returns the height used. */
    double attribution(List<DrawOp> out) {
        TextStyle ts = new TextStyle(style.textPt() * 0.85 * pt, false, Rgba.hex(0x555555),
                Rgba.hex(0xFFFFFF).withAlpha(220));
        List<String> lines = new ArrayList<>();
        lines.add(projectionNote());
        if (!content.attribution().isEmpty()) {
            lines.add(content.attribution());
        }
        double y = h - 6 * pt;
        double used = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            double[] sz = size(lines.get(i), ts);
            double x = w - 8 * pt - sz[0];
            out.add(new DrawOp.Text(lines.get(i), x, y - sz[1] * 0.22, ts));
            labels.block(new Box(x, y - sz[1], sz[0], sz[1]));
            y -= sz[1] + pt;
            used += sz[1] + pt;
        }
        return used + 6 * pt;
    }

    private String projectionNote() {
        GeoPoint c = spec.centre();
        String at = String.format(Locale.ROOT, "%.2f°%s %.2f°%s", Math.abs(c.latDeg()), c.latDeg() >= 0 ? "N" : "S",
                Math.abs(c.normalizedLonDeg()), c.normalizedLonDeg() >= 0 ? "E" : "W");
        return switch (spec.projection()) {
            case AEQD -> "Azimuthal equidistant on the " + spec.earth().label() + " ellipsoid, centred " + at;
            case ORTHO -> "Orthographic globe centred " + at;
            case LAEA -> "Lambert azimuthal equal-area centred " + at;
            case WORLD -> "Robinson projection";
            case MERCATOR -> "Web Mercator (areas and distances distorted; bands drawn true)";
        };
    }

    void scaleBar(List<DrawOp> out, double bottomUsed) {
        double pxPerM = frame.view().pxPerMeter();
        if (frame.domain() instanceof Domain.World) {
            return; // no single scale holds across a world map; the projection note says so
        }
        double target = w * 0.18 / pxPerM / 1000;
        double km = niceKm(target);
        double len = km * 1000 * pxPerM;
        double barH = 4 * pt;
        TextStyle ts0 = new TextStyle(style.textPt() * 0.9 * pt, false, style.ink(), null);
        double x1 = w - 10 * pt - len - size(KmFormat.label(km) + " km", ts0)[0] / 2;
        double yBar = h - bottomUsed - 10 * pt - barH;
        TextStyle ts = new TextStyle(style.textPt() * 0.9 * pt, false, style.ink(), Rgba.hex(0xFFFFFF).withAlpha(220));
        String caption = switch (spec.projection()) {
            case AEQD -> "True along every line from the centre";
            default -> "True at the centre only";
        };
        double[] cs = size(caption, ts);
        double[] ks = size(KmFormat.label(km) + " km", ts);
        double top = yBar - ks[1] - 2 * pt;
        out.add(new DrawOp.Fill(MapPath.rectangle(Math.min(x1, w - 10 * pt - cs[0]) - 4 * pt, top - 3 * pt,
                Math.max(len, cs[0]) + 8 * pt, barH + ks[1] + cs[1] + 9 * pt), Rgba.hex(0xFFFFFF).withAlpha(200)));
        for (int i = 0; i < 4; i++) {
            MapPath seg = MapPath.rectangle(x1 + i * len / 4, yBar, len / 4, barH);
            out.add(new DrawOp.Fill(seg, i % 2 == 0 ? style.ink() : Rgba.hex(0xFFFFFF)));
        }
        out.add(new DrawOp.Stroke(MapPath.rectangle(x1, yBar, len, barH), new LineStyle(style.ink(), 0.5 * pt)));
        out.add(new DrawOp.Text("0", x1 - size("0", ts)[0] / 2, yBar - 2 * pt, ts));
        out.add(new DrawOp.Text(KmFormat.label(km) + " km", x1 + len - ks[0] / 2, yBar - 2 * pt, ts));
        out.add(new DrawOp.Text(caption, w - 10 * pt - cs[0], yBar + barH + cs[1] * 0.9, ts));
        labels.block(new Box(Math.min(x1, w - 10 * pt - cs[0]) - 4 * pt, top - 3 * pt,
                Math.max(len, cs[0]) + 8 * pt + ks[0] / 2, barH + ks[1] + cs[1] + 9 * pt));
    }

    static double niceKm(double km) {
        int e = (int) Math.floor(Math.log10(km));
        double m = km / Math.pow(10, e);
        // Scaled in decimal, so that the label (printed exactly) reads "0.005", never "0.005000000000000001".
        return java.math.BigDecimal.valueOf(m >= 5 ? 5 : m >= 2 ? 2 : 1).scaleByPowerOfTen(e).doubleValue();
    }
}
