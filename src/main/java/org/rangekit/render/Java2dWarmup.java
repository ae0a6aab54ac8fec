package org.rangekit.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads Java2D's font machinery and rasteriser on a background thread while a map's data is parsed and
 * projected. The first text a process measures or draws loads the native graphics libraries, reads
 * the font configuration and opens the font files (about a tenth of the seed map's run in a profile,
 * much of it waiting for the disk);
 * without this the map's thread did all of it between projecting the basemap and laying out the
 * labels, with the other core idle.
 *
 * <p>The warm-up draws into an image of its own at a text size the maps do not use, so it shares
 * nothing with a map but the loaded classes, libraries and fonts: the map's pixels are the same with
 * or without it ({@code PendingPaintTest}).
 *
 * <p>Thread-safe; starts at most once per process.
 */
final class Java2dWarmup {

    /** Size of the warm-up's text (pixels): odd, so that no map style's text size shares its glyph cache. */
    static final double TEXT_PX = 9.37;

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Java2dWarmup() {
    }

    /** Starts the warm-up on a daemon thread, the first time only; returns at once. */
    static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(Java2dWarmup::run, "rangekit-java2d-warmup");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Measures and draws plain and bold text with a halo and fills a shape, as a map does. */
    static void run() {
        BufferedImage img = new BufferedImage(48, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            Java2dPainter p = new Java2dPainter(g);
            Rgba ink = Rgba.hex(0x222222);
            for (boolean bold : new boolean[] {false, true}) {
                Painter.TextStyle style = new Painter.TextStyle(TEXT_PX, bold, ink, Rgba.hex(0xFFFFFF).withAlpha(220));
                p.textSize("1,000 km", style);
                p.text("1,000 km", 1, 12, style);
            }
            p.fill(MapPath.rectangle(2.5, 2.5, 20, 8), ink.withAlpha(100));
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: the map's own drawing meets and reports any real failure.
        } finally {
            g.dispose();
        }
    }
}
