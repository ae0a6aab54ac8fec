package org.rangekit.render;

/** One prepared drawing operation; the renderer projects everything first, then paints. */
sealed interface DrawOp {

    void paint(Painter p);

    record Fill(MapPath path, Rgba colour) implements DrawOp {
        public void paint(Painter p) {
            p.fill(path, colour);
        }
    }

    record Stroke(MapPath path, Painter.LineStyle style) implements DrawOp {
        public void paint(Painter p) {
            p.stroke(path, style);
        }
    }

    record Hatch(MapPath path, Painter.LineStyle style, double spacingPx) implements DrawOp {
        public void paint(Painter p) {
            p.hatch(path, style, spacingPx);
        }
    }

    record Text(String text, double x, double y, Painter.TextStyle style) implements DrawOp {
        public void paint(Painter p) {
            p.text(text, x, y, style);
        }
    }

    record Clip(MapPath path) implements DrawOp {
        public void paint(Painter p) {
            p.clip(path);
        }
    }

    record Unclip() implements DrawOp {
        public void paint(Painter p) {
            p.unclip();
        }
    }
}
