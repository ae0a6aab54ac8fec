package org.rangekit.render;

import java.util.ArrayList;
import java.util.List;

/** A painter that records what is drawn, for tests that assert content. */
final class RecordingPainter implements Painter {

    /** One recorded fill or stroke; {@code clipped} is true for map layers drawn inside the map clip. */
    record Op(String kind, MapPath path, Rgba colour, boolean clipped) {
    }

    final List<Op> ops = new ArrayList<>();
    /** One drawn text and its box (pixels; y is the top). */
    record TextOp(String text, double x, double y, double w, double h) {
    }

    final List<String> texts = new ArrayList<>();
    final List<TextOp> textOps = new ArrayList<>();
    private boolean clipped;

    @Override
    public void fill(MapPath path, Rgba colour) {
        ops.add(new Op("fill", path, colour, clipped));
    }

    @Override
    public void stroke(MapPath path, LineStyle style) {
        ops.add(new Op("stroke", path, style.colour(), clipped));
    }

    @Override
    public void hatch(MapPath path, LineStyle style, double spacingPx) {
        ops.add(new Op("hatch", path, style.colour(), clipped));
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        texts.add(text);
        double[] sz = Java2dPainter.measure(text, style);
        textOps.add(new TextOp(text, x, y - sz[1] * 0.78, sz[0], sz[1]));
    }

    @Override
    public double[] textSize(String text, TextStyle style) {
        return Java2dPainter.measure(text, style);
    }

    @Override
    public void clip(MapPath path) {
        clipped = true;
    }

    @Override
    public void unclip() {
        clipped = false;
    }
}
