package org.rangekit.render;

import java.util.ArrayList;
import java.util.List;

/** A painter that records what is drawn, for tests that assert content. */
final class RecordingPainter implements Painter {

    /** One recorded fill or stroke; {@code clipped} is true for map layers drawn inside the map clip. */
    record Op(String kind, MapPath path, Rgba colour, boolean clipped) {
    }

    final List<Op> ops = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
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
    public void text(String text, double x, double y, TextStyle style) {
        texts.add(text);
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
