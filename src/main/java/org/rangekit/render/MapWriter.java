package org.rangekit.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.rangekit.scenario.MapFormat;

/**
 * Renders a map to the bytes of a PNG, SVG or PDF file. The same inputs give the same bytes: no
 * time stamps in PNG and SVG, fixed SVG id prefix, logical fonts; a PDF carries its creation date,
 * which {@code SOURCE_DATE_EPOCH} fixes ({@link PdfMaps}).
 */
public final class MapWriter {

    private MapWriter() {
    }

    /** The bytes of a map file and the render timings. */
    public record Output(byte[] bytes, MapRenderer.Timings timings) {
    }

    /**
     * Starts loading fonts and the rasteriser on a background thread, so that they are ready when the map
     * is drawn; the first call in a process only, returns at once. {@link #write} calls it too; callers
     * that have other work to do first call it earlier.
     */
    public static void warmUp() {
        Java2dWarmup.start();
    }

    /** Renders to the given format. */
    public static Output write(MapSpec spec, MapContent content, Basemap.Source basemaps, MapFormat format) {
        warmUp();
        // Painting starts while the basemap layers are still projected: the other core projects the
        // borders and coast while this one paints the land (same pixels, DrawOp.Pending).
        MapRenderer.Prepared prepared = MapRenderer.preparePending(spec, content, basemaps);
        long t = System.nanoTime();
        byte[] bytes = switch (format) {
            case PNG -> png(spec, prepared);
            case SVG -> svg(spec, prepared);
            case PDF -> pdf(spec, prepared);
        };
        MapRenderer.Timings tm = prepared.timings();
        return new Output(bytes, new MapRenderer.Timings(tm.basemapNanos(), tm.projectNanos(),
                System.nanoTime() - t, tm.basemapScale()));
    }

    /**
     * The map's legend alone, as the map draws it (same entries, colours and sizes), as PNG bytes
     * cropped to the legend box with a transparent surround; for the ScreenOverlay of a KMZ.
     *
     * @param spec the map the legend belongs to (its style, dpi and Earth model are used)
     * @param content what the map shows
     * @return the PNG bytes, or null when the legend has no entries
     */
    public static byte[] legendPng(MapSpec spec, MapContent content) {
        MapSpec canvas = new MapSpec(2000, 2000, spec.dpi(), spec.projection(), spec.centre(), spec.extentKm(),
                spec.earth(), java.util.EnumSet.of(MapLayer.LEGEND), spec.style(), spec.basemapScale(), "", "");
        List<DrawOp> ops = new java.util.ArrayList<>();
        LabelPlacer.Box box = new MapFurniture(canvas, content, null, LabelLayout.placer(canvas), TextMetrics.java2d())
                .legend(ops);
        if (box == null) {
            return null;
        }
        int x0 = (int) Math.floor(box.x());
        int y0 = (int) Math.floor(box.y());
        int w = (int) Math.ceil(box.x() + box.w()) - x0 + 1;
        int h = (int) Math.ceil(box.y() + box.h()) - y0 + 1;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.translate(-x0, -y0);
            Java2dPainter painter = new Java2dPainter(g);
            for (DrawOp op : ops) {
                op.paint(painter);
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream bos = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", bos);
            return bos.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode PNG", e);
        }
    }

    /** Paints onto a new RGB image. */
    public static BufferedImage image(MapSpec spec, MapRenderer.Prepared prepared) {
        BufferedImage img = new BufferedImage(spec.widthPx(), spec.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            MapRenderer.paint(prepared, new Java2dPainter(g));
        } finally {
            g.dispose();
        }
        return img;
    }

    private static byte[] png(MapSpec spec, MapRenderer.Prepared prepared) {
        return PngEncoder.rgb(image(spec, prepared), pixelsPerMeter(spec.dpi()));
    }

    /** The resolution written into the PNG pHYs chunk (pixels per metre). */
    static long pixelsPerMeter(double dpi) {
        return Math.round(dpi / 0.0254);
    }

    private static byte[] svg(MapSpec spec, MapRenderer.Prepared prepared) {
        SVGGraphics2D g = new SVGGraphics2D(spec.widthPx(), spec.heightPx());
        g.setDefsKeyPrefix("rk"); // the default prefix is a time stamp
        g.setGeomDoubleConverter(MapWriter::svgNumber);
        MapRenderer.paint(prepared, new Java2dPainter(g));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Path coordinates to 0.01 px (the default writes 16 digits: three times the file size for nothing
     * a viewer can show).
     */
    static String svgNumber(double v) {
        double r = Math.rint(v * 100) / 100;
        return r == (long) r ? Long.toString((long) r) : Double.toString(r);
    }

    private static byte[] pdf(MapSpec spec, MapRenderer.Prepared prepared) {
        return PdfMaps.pdf(spec, prepared);
    }
}
