package org.rangekit.render;

/**
 * One prepared drawing operation; the renderer projects everything first, then paints, except that a
 * map being written may start painting while its later basemap layers are still projected
 * ({@link Pending}).
 */
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

    /**
     * A basemap layer that may still be being projected: painting it waits for it (helping with the
     * projection, see {@link LayerTasks#get}), then paints it. Only {@link MapRenderer}'s pipelined
     * preparation makes these; the public {@link MapRenderer#prepare} resolves them.
     */
    record Pending(LayerTasks tasks, int index) implements DrawOp {
        public void paint(Painter p) {
            resolved().paint(p);
        }

        /** The layer's operation, once projected. */
        DrawOp resolved() {
            return tasks.get(index);
        }
    }
}
