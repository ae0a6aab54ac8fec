package org.rangekit.viewer;

import java.util.List;
import java.util.Optional;
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

import org.rangekit.render.MapContent;
import org.rangekit.render.MapRenderer;
import org.rangekit.render.MapSpec;
import org.rangekit.viewer.model.ScreenMap;
import org.rangekit.viewer.model.ViewState;
import org.rangekit.viewer.model.Zoom;

/**
 * The map: the renderer's drawing of a {@link ViewState} painted through {@link FxPainter} on a
 * canvas. Preparing a drawing (projection of the basemap and the bands) runs on a worker thread,
 * the newest request superseding the one waiting; painting the prepared operations runs on the FX
 * thread. While the map moves it is drawn with the 110m basemap, and at rest with the scale its km
 * per pixel calls for, at least 50m (10m when close; {@code MapFrame.autoBasemapScale}).
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

    private ViewState state;
    private ScreenMap map;
    private Zoom zoom = Zoom.NONE;
    private Future<?> pending;
    private long generation;
    private long painted;
    private String basemapScale = "";
    private WritableImage cached;
    private Zoom cachedZoom;

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
        if (pending != null) {
            pending.cancel(false);
        }
        busy.set(true);
        pending = worker.submit(() -> {
            MapRenderer.Prepared p;
            try {
                p = prepare(s, wh[0], wh[1], moving);
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed(gen, e));
                return;
            }
            Platform.runLater(() -> arrived(gen, p, moving, includedDx, includedDy));
        });
    }

    /**
     * Prepares the drawing of a state at a size: the map {@code rangekit map} draws, centred where the
     * view is, with the 110m basemap while moving and at least 50m at rest.
     */
    static MapRenderer.Prepared prepare(ViewState s, int w, int h, boolean moving) {
        MapSpec spec = s.screenSpec(w, h, null);
        MapContent content = s.mapContent(w, h, ViewState.SCREEN_DPI);
        Basemap.Source source = scale -> EmbeddedBasemaps.load(restScale(scale, moving));
        return MapRenderer.prepare(spec, content, source, FxPainter.METRICS, ForkJoinPool.commonPool());
    }

    /** The basemap drawn for the scale the map's km per pixel calls for. */
    static String restScale(String auto, boolean moving) {
        if (moving) {
            return "110m";
        }
        return auto.equals("110m") ? "50m" : auto;
    }

    private void arrived(long gen, MapRenderer.Prepared p, boolean moving, double includedDx, double includedDy) {
        if (gen != generation) {
            return;
        }
        busy.set(false);
        map = new ScreenMap(p);
        basemapScale = p.timings().basemapScale();
        Zoom keep = zoom;
        if (ScreenMap.redrawsToNavigate(state.projection())) {
            keep = dragging ? new Zoom(1, dragDx - includedDx, dragDy - includedDy) : Zoom.NONE;
        }
        zoom = Zoom.NONE;
        paint(); // and keep its image for the drag
        zoom = keep;
        if (!keep.equals(Zoom.NONE)) {
            if (dragging) {
                paintMoving();
            } else {
                paint();
            }
        }
        painted = gen;
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

    /** Whether the newest requested drawing has been painted. */
    boolean atRest() {
        return painted == generation && !dragging;
    }

    private void clear() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    }

    /**
     * Paints the prepared drawing under the current magnification, and keeps the result as an image
     * when the magnification is none, for {@link #paintMoving}.
     */
    void paint() {
        clear();
        if (map == null) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        g.transform(zoom.scale(), 0, 0, zoom.scale(), zoom.tx(), zoom.ty());
        MapRenderer.paint(map.prepared(), new FxPainter(g));
        g.restore();
        if (zoom.equals(Zoom.NONE)) {
            cached = canvas.snapshot(null, cached != null && cached.getWidth() == canvas.getWidth()
                    && cached.getHeight() == canvas.getHeight() ? cached : null);
            cachedZoom = Zoom.NONE;
        } else if (cached == null) {
            cachedZoom = null;
        }
    }

    /**
     * Paints while the map moves: the image of the last drawing at rest, shifted and magnified by the
     * current magnification (a blit, so a drag follows the mouse at once); falls back to
     * {@link #paint()} when there is no image yet.
     */
    void paintMoving() {
        if (cached == null || cachedZoom == null) {
            paint();
            return;
        }
        clear();
        double s = zoom.scale() / cachedZoom.scale();
        double x = zoom.tx() - cachedZoom.tx() * s;
        double y = zoom.ty() - cachedZoom.ty() * s;
        canvas.getGraphicsContext2D().drawImage(cached, x, y, cached.getWidth() * s, cached.getHeight() * s);
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

    /** Forgets the magnification (a new projection or a reset view). */
    void resetZoom() {
        zoom = Zoom.NONE;
    }

    /** Stops the worker thread. */
    void dispose() {
        worker.shutdownNow();
    }
}
