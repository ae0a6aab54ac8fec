package org.rangekit.viewer;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.rangekit.coverage.Target;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.render.Basemap;
import org.rangekit.render.EmbeddedBasemaps;
import org.rangekit.render.Java2dPainter;
import org.rangekit.render.MapContent;
import org.rangekit.render.MapRenderer;
import org.rangekit.render.MapSpec;
import org.rangekit.render.MapPath;
import org.rangekit.render.Painter;
import org.rangekit.render.Rgba;
import org.rangekit.render.TextMetrics;
import org.rangekit.viewer.model.ScreenMap;
import org.rangekit.viewer.model.ViewState;
import org.rangekit.viewer.model.Zoom;

/**
 * The map: the renderer's drawing of a {@link ViewState} on a canvas. Preparing a drawing
 * (projection of the basemap and the bands) and painting it into pixels with the PNG maps'
 * {@link Java2dPainter} both run on a worker thread, the newest request superseding the one waiting
 * and stopping one under way at its next drawing operation; the FX thread only puts the finished
 * image on the canvas (a blit), so it stays free for the table and the input while a map is drawn.
 * While the map moves it is drawn with the 110m basemap, and at rest with the scale its km per
 * pixel calls for, at least 50m (10m when close; {@code MapFrame.autoBasemapScale}).
 *
 * <p>Mouse: drag to pan (or to move a site, grabbed by its marker), wheel to zoom, click to pick;
 * keys (when focused): arrows pan, + and − zoom.
 */
final class MapCanvas extends Region {

    /** Pixels within which the mouse grabs a site's marker. */
    static final double GRAB_PX = 10;
    /** Pixels the mouse may move between press and release and still click. */
    static final double CLICK_SLOP_PX = 3;
    /** Zoom factor of one wheel notch or key press. */
    static final double ZOOM_STEP = 1.25;
    /** Pixels one arrow key press pans. */
    static final double PAN_STEP_PX = 80;

    private final Canvas canvas = new Canvas();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rangekit-map");
        t.setDaemon(true);
        return t;
    });
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The newest requested drawing, and the newest sharp magnification, as the worker sees them. */
    private final java.util.concurrent.atomic.AtomicLong newest = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong newestSharp = new java.util.concurrent.atomic.AtomicLong();

    private ViewState state;
    private ScreenMap map;
    private Zoom zoom = Zoom.NONE;
    private Future<?> pending;
    private long generation;
    private long painted;
    private String basemapScale = "";
    /** The drawing of {@link #map} without magnification, {@link #cachedW} × {@link #cachedH} canvas pixels. */
    private WritableImage cached;
    private double cachedW;
    private double cachedH;
    /** World maps: the drawing magnified by {@link #sharpZoom}, painted anew (not an enlarged image). */
    private WritableImage sharp;
    private Zoom sharpZoom;
    private Future<?> sharpPending;
    private long sharpGen;
    private long arrivalNanos;

    // Drag bookkeeping: the map and state when the drag began, the drag so far, the drag the newest
    // requested drawing already includes, and the site being moved.
    private ScreenMap dragMap;
    private ViewState dragState;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private double dragDx;
    private double dragDy;
    private int dragSite = -1;
    private boolean dragging;

    private Consumer<ViewState> onView = s -> { };
    private BiConsumer<Integer, GeoPoint> onSiteMoved = (i, p) -> { };
    private Consumer<Click> onClick = c -> { };
    private Consumer<Optional<GeoPoint>> onHover = p -> { };
    private Runnable onRest = () -> { };

    MapCanvas() {
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(200, 150);
        widthProperty().addListener((o, a, b) -> resized());
        heightProperty().addListener((o, a, b) -> resized());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> onHover.accept(geoAt(e.getX(), e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> onHover.accept(Optional.empty()));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            switch (k) {
                case LEFT -> panBy(PAN_STEP_PX, 0);
                case RIGHT -> panBy(-PAN_STEP_PX, 0);
                case UP -> panBy(0, PAN_STEP_PX);
                case DOWN -> panBy(0, -PAN_STEP_PX);
                case PLUS, ADD, EQUALS -> zoomBy(ZOOM_STEP);
                case MINUS, SUBTRACT -> zoomBy(1 / ZOOM_STEP);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    void setOnView(Consumer<ViewState> c) {
        onView = c;
    }

    void setOnSiteMoved(BiConsumer<Integer, GeoPoint> c) {
        onSiteMoved = c;
    }

    /**
     * A click on the map.
     *
     * @param point the point clicked
     * @param x screen x (pixels)
     * @param y screen y (pixels)
     * @param shift whether Shift was held (adds a site)
     */
    record Click(GeoPoint point, double x, double y, boolean shift) {
    }

    void setOnClick(Consumer<Click> c) {
        onClick = c;
    }

    void setOnHover(Consumer<Optional<GeoPoint>> c) {
        onHover = c;
    }

    /** Called on the FX thread each time a drawing at rest has been painted. */
    void setOnRest(Runnable r) {
        onRest = r;
    }

    /** True while a drawing is being prepared. */
    BooleanProperty busyProperty() {
        return busy;
    }

    /** The map drawn now (null before the first drawing). */
    ScreenMap screenMap() {
        return map;
    }

    /** The Natural Earth scale of the basemap drawn now. */
    String basemapScale() {
        return basemapScale;
    }

    /** The canvas, for snapshots. */
    Canvas canvas() {
        return canvas;
    }

    /** Draws a state at rest (full basemap detail). */
    void show(ViewState s) {
        show(s, false);
    }

    /**
     * Draws a state.
     *
     * @param moving true while the user drags or zooms: the 110m basemap, for speed
     */
    void show(ViewState s, boolean moving) {
        state = s;
        request(s, moving, 0, 0);
    }

    /**
     * Makes a state the current one before its drawing is asked for ({@link #show} follows): a pan
     * or zoom meanwhile starts from it, as from a state whose drawing is being prepared.
     */
    void showLater(ViewState s) {
        state = s;
    }

    private void resized() {
        canvas.setWidth(Math.max(1, Math.floor(getWidth())));
        canvas.setHeight(Math.max(1, Math.floor(getHeight())));
        if (state != null) {
            request(state, false, 0, 0);
        }
    }

    /** Pixel size of the canvas, at least 1 × 1. */
    int[] sizePx() {
        return new int[] {(int) Math.max(1, canvas.getWidth()), (int) Math.max(1, canvas.getHeight())};
    }

    private void request(ViewState s, boolean moving, double includedDx, double includedDy) {
        int[] wh = sizePx();
        if (!s.hasOrigin() || wh[0] < 2 || wh[1] < 2) {
            clear();
            return;
        }
        long gen = ++generation;
        newest.set(gen);
        dropSharp();
        if (pending != null) {
            pending.cancel(false);
        }
        busy.set(true);
        double scale = renderScale();
        pending = worker.submit(() -> {
            MapRenderer.Prepared p;
            BufferedImage image;
            try {
                p = prepare(s, wh[0], wh[1], moving);
                image = raster(p, Zoom.NONE, wh[0], wh[1], scale, () -> newest.get() != gen);
            } catch (CancellationException e) {
                return; // superseded: the newer request reports
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed(gen, e));
                return;
            }
            Platform.runLater(() -> arrived(gen, p, image, wh, moving, includedDx, includedDy));
        });
    }

    /** Device pixels per canvas pixel of the window (1 off screen). */
    private double renderScale() {
        javafx.stage.Window w = getScene() == null ? null : getScene().getWindow();
        return w == null ? 1 : Math.max(1, w.getRenderScaleX());
    }

    /**
     * Paints a prepared drawing into an image with the PNG maps' painter: white, then the drawing
     * magnified by {@code zoom}, at {@code scale} image pixels per canvas pixel. Runs off the FX thread.
     *
     * @param superseded polled before each drawing operation; when true the painting stops with a
     *        {@link CancellationException}
     */
    static BufferedImage raster(MapRenderer.Prepared p, Zoom zoom, int w, int h, double scale,
            java.util.function.BooleanSupplier superseded) {
        BufferedImage image = new BufferedImage((int) Math.ceil(w * scale), (int) Math.ceil(h * scale),
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            g.transform(new java.awt.geom.AffineTransform(zoom.scale(), 0, 0, zoom.scale(), zoom.tx(), zoom.ty()));
            MapRenderer.paint(p, new Stoppable(new Java2dPainter(g), superseded));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** An image of the pixels of {@link #raster} (shared, not copied: the raster is not drawn on again). */
    static WritableImage image(BufferedImage raster) {
        int[] argbPre = ((DataBufferInt) raster.getRaster().getDataBuffer()).getData();
        return new WritableImage(new PixelBuffer<>(raster.getWidth(), raster.getHeight(), IntBuffer.wrap(argbPre),
                PixelFormat.getIntArgbPreInstance()));
    }

    /** A painter that stops (throws {@link CancellationException}) once its drawing is superseded. */
    private record Stoppable(Painter painter, java.util.function.BooleanSupplier superseded) implements Painter {

        private void check() {
            if (superseded.getAsBoolean()) {
                throw new CancellationException("superseded");
            }
        }

        @Override
        public void fill(MapPath path, Rgba colour) {
            check();
            painter.fill(path, colour);
        }

        @Override
        public void stroke(MapPath path, LineStyle style) {
            check();
            painter.stroke(path, style);
        }

        @Override
        public void text(String text, double x, double y, TextStyle style) {
            check();
            painter.text(text, x, y, style);
        }

        @Override
        public double[] textSize(String text, TextStyle style) {
            return painter.textSize(text, style);
        }

        @Override
        public void hatch(MapPath path, LineStyle style, double spacingPx) {
            check();
            painter.hatch(path, style, spacingPx);
        }

        @Override
        public void clip(MapPath path) {
            painter.clip(path);
        }

        @Override
        public void unclip() {
            painter.unclip();
        }
    }

    /**
     * Prepares the drawing of a state at a size: the map {@code rangekit map} draws, centred where the
     * view is, with the 110m basemap while moving and at least 50m at rest.
     */
    static MapRenderer.Prepared prepare(ViewState s, int w, int h, boolean moving) {
        MapSpec spec = s.screenSpec(w, h, null);
        MapContent content = s.mapContent(w, h, ViewState.SCREEN_DPI);
        Basemap.Source source = scale -> EmbeddedBasemaps.load(restScale(scale, moving));
        return MapRenderer.prepare(spec, content, source, TextMetrics.java2d(), ForkJoinPool.commonPool());
    }

    /** The basemap drawn for the scale the map's km per pixel calls for. */
    static String restScale(String auto, boolean moving) {
        if (moving) {
            return "110m";
        }
        return auto.equals("110m") ? "50m" : auto;
    }

    private void arrived(long gen, MapRenderer.Prepared p, BufferedImage image, int[] wh, boolean moving,
            double includedDx, double includedDy) {
        if (gen != generation) {
            return;
        }
        long t0 = System.nanoTime();
        busy.set(false);
        map = new ScreenMap(p);
        basemapScale = p.timings().basemapScale();
        cached = image(image);
        cachedW = wh[0];
        cachedH = wh[1];
        dropSharp();
        Zoom keep = zoom;
        if (ScreenMap.redrawsToNavigate(state.projection())) {
            keep = dragging ? new Zoom(1, dragDx - includedDx, dragDy - includedDy) : Zoom.NONE;
        }
        zoom = keep;
        if (dragging) {
            paintMoving();
        } else {
            paint();
        }
        painted = gen;
        arrivalNanos = System.nanoTime() - t0;
        if (dragging && dragSite < 0 && ScreenMap.redrawsToNavigate(state.projection())
                && (dragDx != includedDx || dragDy != includedDy)) {
            // The drag went on while this drawing was prepared: draw where it is now.
            ViewState next = dragMap.panned(dragState, dragDx, dragDy);
            state = next;
            request(next, true, dragDx, dragDy);
        }
        if (!moving && !dragging) {
            onRest.run();
        }
    }

    private void failed(long gen, RuntimeException e) {
        if (gen == generation) {
            busy.set(false);
            clear();
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.DARKRED);
            g.fillText("cannot draw this map: " + e.getMessage(), 20, 30);
        }
    }

    /** Whether the newest requested drawing has been painted (sharp, if magnified). */
    boolean atRest() {
        return painted == generation && !dragging && sharpPending == null;
    }

    /** FX thread time (ns) the newest drawing took to put on the canvas when it arrived. */
    long arrivalNanos() {
        return arrivalNanos;
    }

    private void clear() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    }

    /**
     * Paints the drawing under the current magnification: the image of the drawing, or for a
     * magnified world map the magnified image at once and a sharp drawing of the vectors (painted on
     * the worker) when it is ready.
     */
    void paint() {
        if (map == null || cached == null) {
            clear();
            return;
        }
        if (zoom.equals(Zoom.NONE)) {
            clear();
            canvas.getGraphicsContext2D().drawImage(cached, 0, 0, cachedW, cachedH);
        } else if (sharp != null && zoom.equals(sharpZoom)) {
            clear();
            canvas.getGraphicsContext2D().drawImage(sharp, 0, 0, cachedW, cachedH);
        } else {
            paintMoving();
            requestSharp();
        }
    }

    /** Paints the current drawing magnified by the current magnification on the worker. */
    private void requestSharp() {
        dropSharp();
        long gen = sharpGen;
        MapRenderer.Prepared p = map.prepared();
        Zoom z = zoom;
        int w = (int) cachedW;
        int h = (int) cachedH;
        double scale = renderScale();
        sharpPending = worker.submit(() -> {
            BufferedImage image;
            try {
                image = raster(p, z, w, h, scale, () -> newestSharp.get() != gen);
            } catch (CancellationException e) {
                return;
            } catch (RuntimeException e) {
                image = null; // the enlarged image stays
            }
            BufferedImage done = image;
            Platform.runLater(() -> {
                if (gen != sharpGen) {
                    return;
                }
                sharpPending = null;
                if (done != null) {
                    sharp = image(done);
                    sharpZoom = z;
                    if (z.equals(zoom) && !dragging) {
                        paint();
                    }
                }
            });
        });
    }

    /** Forgets the sharp magnified drawing and stops the one under way. */
    private void dropSharp() {
        newestSharp.set(++sharpGen);
        if (sharpPending != null) {
            sharpPending.cancel(false);
            sharpPending = null;
        }
        sharp = null;
    }

    /**
     * Paints while the map moves: the image of the last drawing, shifted and magnified by the
     * current magnification (a blit, so a drag follows the mouse at once).
     */
    void paintMoving() {
        clear();
        if (cached == null) {
            return;
        }
        double s = zoom.scale();
        canvas.getGraphicsContext2D().drawImage(cached, zoom.tx(), zoom.ty(), cachedW * s, cachedH * s);
    }

    /** The point under a screen pixel of the canvas. */
    Optional<GeoPoint> geoAt(double x, double y) {
        return map == null ? Optional.empty() : map.geoAt(zoom.mapX(x), zoom.mapY(y));
    }

    /** The target drawn within {@link #GRAB_PX} of a screen pixel, if any. */
    Optional<Target> targetNear(List<Target> targets, double x, double y) {
        return map == null ? Optional.empty()
                : map.targetNear(targets, zoom.mapX(x), zoom.mapY(y), GRAB_PX / zoom.scale());
    }

    /** The screen pixel of a point, NaNs where hidden. */
    double[] pixelOf(GeoPoint p) {
        if (map == null) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] q = map.pixelOf(p);
        return new double[] {q[0] * zoom.scale() + zoom.tx(), q[1] * zoom.scale() + zoom.ty()};
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || map == null) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragDx = 0;
        dragDy = 0;
        dragMap = map;
        dragState = state;
        dragSite = map.siteNear(state.sites(), zoom.mapX(pressX), zoom.mapY(pressY), GRAB_PX / zoom.scale());
        dragging = true;
    }

    private void dragged(MouseEvent e) {
        if (!dragging) {
            return;
        }
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        if (dragSite >= 0) {
            geoAt(e.getX(), e.getY()).ifPresent(p -> onSiteMoved.accept(dragSite, p));
            return;
        }
        dragDx += dx;
        dragDy += dy;
        if (ScreenMap.redrawsToNavigate(state.projection())) {
            zoom = zoom.panned(dx, dy);
            paintMoving();
            if (busy.get()) {
                return; // arrived() asks for the drawing of wherever the drag is then
            }
            ViewState next = dragMap.panned(dragState, dragDx, dragDy);
            state = next;
            request(next, true, dragDx, dragDy);
        } else {
            zoom = zoom.panned(dx, dy);
            paintMoving();
        }
    }

    private void released(MouseEvent e) {
        if (!dragging) {
            return;
        }
        dragging = false;
        boolean click = Math.hypot(e.getX() - pressX, e.getY() - pressY) <= CLICK_SLOP_PX;
        if (click) {
            if (ScreenMap.redrawsToNavigate(state.projection()) && (dragDx != 0 || dragDy != 0)) {
                zoom = Zoom.NONE;
                paint();
            }
            geoAt(e.getX(), e.getY()).ifPresent(p -> onClick.accept(new Click(p, e.getX(), e.getY(), e.isShiftDown())));
            return;
        }
        if (dragSite >= 0) {
            onView.accept(state); // the owner already has the moved site: draw it at rest
            return;
        }
        if (ScreenMap.redrawsToNavigate(state.projection())) {
            ViewState next = dragMap.panned(dragState, dragDx, dragDy);
            state = next;
            onView.accept(next);
        } else {
            paint(); // world maps: the magnified vectors, sharp again
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        zoomAt(Math.pow(ZOOM_STEP, e.getDeltaY() / 40.0), e.getX(), e.getY());
        e.consume();
    }

    /** Zooms in (factor &gt; 1) or out about the middle of the canvas. */
    void zoomBy(double factor) {
        zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /** Pans the map by (dx, dy) pixels (the content moves with them). */
    void panBy(double dx, double dy) {
        if (map == null) {
            return;
        }
        if (ScreenMap.redrawsToNavigate(state.projection())) {
            onView.accept(map.panned(state, dx, dy));
        } else {
            zoom = zoom.panned(dx, dy);
            paint();
        }
    }

    private void zoomAt(double factor, double x, double y) {
        if (map == null) {
            return;
        }
        if (ScreenMap.redrawsToNavigate(state.projection())) {
            ViewState next = map.zoomed(state, factor, x, y);
            zoom = Zoom.NONE.zoomedAt(factor, x, y);
            paintMoving();
            onView.accept(next);
        } else {
            zoom = zoom.zoomedAt(factor, x, y);
            paint();
        }
    }

    /** Whether a world or Mercator map is shown magnified. */
    boolean magnified() {
        return !ScreenMap.redrawsToNavigate(state.projection()) && zoom.scale() != 1;
    }

    /**
     * The view as the window shows it: {@code s}, or for a magnified world or Mercator map {@code s}
     * centred on the window's middle at the magnified extent ({@link ScreenMap#magnifiedView}), which
     * an export draws and a saved scenario names.
     */
    ViewState shownState(ViewState s) {
        return magnified() && map != null ? map.magnifiedView(s, zoom) : s;
    }

    /** Forgets the magnification (a new projection or a reset view). */
    void resetZoom() {
        zoom = Zoom.NONE;
    }

    /** Stops the worker thread. */
    void dispose() {
        worker.shutdownNow();
    }
}
