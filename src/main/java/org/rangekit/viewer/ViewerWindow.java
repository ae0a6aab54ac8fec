package org.rangekit.viewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.rangekit.api.Coverage;
import org.rangekit.api.CoverageParameters;
import org.rangekit.api.Scenarios;
import org.rangekit.api.TargetDistance;
import org.rangekit.coverage.Target;
import org.rangekit.geodesy.GeoPoint;
import org.rangekit.io.in.SiteCatalog;
import org.rangekit.projection.ProjectionKind;
import org.rangekit.range.KmFormat;
import org.rangekit.range.LengthUnit;
import org.rangekit.range.Lengths;
import org.rangekit.range.Site;
import org.rangekit.range.ThresholdSet;
import org.rangekit.scenario.DataFiles;
import org.rangekit.scenario.OverlayFormat;
import org.rangekit.viewer.model.CoverageTable;
import org.rangekit.viewer.model.Exports;
import org.rangekit.viewer.model.Readout;
import org.rangekit.viewer.model.ScreenMap;
import org.rangekit.viewer.model.ViewState;

/**
 * The viewer's window: menus, the site and range panel, the map, the coverage table and the
 * readout. It holds the current {@link ViewState}; every edit makes a new one and hands it to the
 * map ({@link MapCanvas}) and, when the sites, ranges or targets changed, to the coverage worker,
 * whose newer job interrupts the older one.
 */
final class ViewerWindow {

    /** Largest range the slider reaches (km): below half the Earth's circumference. */
    static final double SLIDER_MAX_KM = 19_000;

    private final BorderPane root = new BorderPane();
    private final MapCanvas map = new MapCanvas();
    private final TableView<CoverageTable.Row> table = new TableView<>();
    private final TextArea readout = new TextArea();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final ObservableList<Site> siteItems = FXCollections.observableArrayList();
    private final TextField siteEntry = new TextField();
    private final TextField search = new TextField();
    private final ListView<Site> siteList = new ListView<>(siteItems);
    private final TextField rangesField = new TextField();
    private final ChoiceBox<String> ringChoice = new ChoiceBox<>();
    private final Slider slider = new Slider(1, SLIDER_MAX_KM, 500);
    private final Label sliderValue = new Label();
    private final ChoiceBox<String> targetChoice = new ChoiceBox<>();
    private final CheckBox compare = new CheckBox("Compare first range with");
    private final TextField compareField = new TextField("500");
    private final CheckBox compareSites = new CheckBox("Compare sites: what each adds to the first");
    private final ToggleGroup projections = new ToggleGroup();
    private final ChoiceBox<ProjectionKind> projectionChoice = new ChoiceBox<>();
    private final ExecutorService coverageWorker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rangekit-coverage");
        t.setDaemon(true);
        return t;
    });

    private final ReadOnlyObjectWrapper<ViewState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CoverageTable> coverage = new ReadOnlyObjectWrapper<>();
    private Future<?> coverageJob;
    private Future<?> areaJob;
    /** The table shown: the counts with pending areas, then the whole table (null without sites). */
    private final ReadOnlyObjectWrapper<CoverageTable> shownTable = new ReadOnlyObjectWrapper<>();
    /**
     * While a slider drag continues: milliseconds between the counts shown and the start of the
     * clipping of the missing band areas, so that while the ring moves on no clipping starts (once
     * started, a clipping runs to its end) and the drag's steps coalesce. A typed range, a preset, a
     * keyboard step or the drag's end start the clipping at once, beside the counting.
     */
    static final long AREAS_AFTER_MS = 150;
    /**
     * Longest wait (ms) of a new drawing at rest for the counts of its state: the counting gets the
     * cores first (a drawing at rest takes seconds of CPU on the map's worker), and a drawing is
     * never held back longer than this while changes follow one another.
     */
    static final long MAP_AFTER_COUNTS_MAX_MS = 300;
    /** The state whose drawing waits for its counts (null when none waits). */
    private ViewState mapWaiting;
    private final javafx.animation.PauseTransition mapDeadline =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(MAP_AFTER_COUNTS_MAX_MS));
    /** Clips the band areas the counts are waiting for, apart from the counting worker. */
    private final ScheduledExecutorService areaWorker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rangekit-areas");
        t.setDaemon(true);
        return t;
    });
    /** Controls of sites and comparisons: disabled while the ranges are measured from an area. */
    private final List<javafx.scene.Node> siteOnly = new ArrayList<>();
    private final List<MenuItem> siteOnlyItems = new ArrayList<>();
    /** Says, from an area, why the site controls are disabled. */
    private final Label areaNote = new Label();
    private long coverageGeneration;
    /** The generation whose whole table is shown: its counts, should they come later, are not shown. */
    private long completeGeneration;
    private boolean coverageRunning;
    private List<Target> targets = List.of();
    private boolean updatingControls;
    private Window owner;

    ViewerWindow(ViewState initial) {
        root.setTop(menus());
        SplitPane lower = new SplitPane(table, readoutPane());
        lower.setDividerPositions(0.78);
        SplitPane centre = new SplitPane(map, lower);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.72);
        root.setCenter(centre);
        ScrollPane side = new ScrollPane(panel());
        side.setFitToWidth(true);
        side.setPrefWidth(300);
        root.setLeft(side);
        HBox bar = new HBox(10, progress, status);
        bar.setPadding(new Insets(3, 8, 3, 8));
        progress.setPrefWidth(140);
        progress.setFocusTraversable(false);
        root.setBottom(bar);
        setUpTable();
        map.setOnView(s -> apply(s, false));
        map.setOnSiteMoved((i, p) -> apply(state.get().withSite(i, ViewState.siteAt(p)), true));
        map.setOnHover(p -> p.ifPresentOrElse(this::showReadout, () -> { }));
        map.setOnClick(this::picked);
        apply(initial, false);
    }

    /** The window's content. */
    Parent root() {
        return root;
    }

    /** The window dialogs belong to. */
    void setOwner(Window w) {
        owner = w;
    }

    MapCanvas map() {
        return map;
    }

    TableView<CoverageTable.Row> table() {
        return table;
    }

    String readoutText() {
        return readout.getText();
    }

    ViewState state() {
        return state.get();
    }

    /** The newest coverage table (null before the first). */
    CoverageTable coverage() {
        return coverage.get();
    }

    /** The table shown: the counts with pending areas, then the whole table (null before the first). */
    javafx.beans.property.ReadOnlyObjectProperty<CoverageTable> shownTable() {
        return shownTable.getReadOnlyProperty();
    }

    /** Whether the map is drawn at rest and the coverage table is up to date. */
    boolean idle() {
        return map.atRest() && mapWaiting == null && !coverageRunning;
    }

    TextField rangesField() {
        return rangesField;
    }

    Slider slider() {
        return slider;
    }

    String status() {
        return status.getText();
    }

    /** Stops the worker threads. */
    void dispose() {
        coverageWorker.shutdownNow();
        areaWorker.shutdownNow();
        map.dispose();
    }

    // ---------------------------------------------------------------- state

    /**
     * Makes {@code s} the current state: draws it, and recounts the coverage when what it counts
     * changed.
     *
     * @param moving true while the user drags: the map is drawn with the coarse basemap
     */
    void apply(ViewState s, boolean moving) {
        ViewState old = state.get();
        state.set(s);
        boolean recount = old == null || !old.sites().equals(s.sites()) || !old.set().equals(s.set())
                || old.earth() != s.earth() || !old.targets().equals(s.targets()) || !Objects.equals(old.area(), s.area())
                || Double.compare(old.compareKm(), s.compareKm()) != 0 || old.compareSites() != s.compareSites();
        if (recount) {
            recount(s, moving);
        }
        if (recount && !moving && coverageRunning) {
            // The counts first: the map's drawing starts once they are in the table (or at the deadline).
            if (mapWaiting == null) {
                mapDeadline.setOnFinished(e -> startMap());
                mapDeadline.playFromStart();
            }
            mapWaiting = s;
            map.showLater(s);
        } else {
            mapWaiting = null;
            mapDeadline.stop();
            map.show(s, moving);
        }
        refreshControls(s);
    }

    /** Starts the drawing that waits for its counts, if any. */
    private void startMap() {
        mapDeadline.stop();
        if (mapWaiting != null) {
            ViewState s = mapWaiting;
            mapWaiting = null;
            map.show(s, false);
        }
    }

    /**
     * Recounts the table in two steps: the counts at once (with the band areas already kept), and the
     * whole table with the missing band areas clipped on a second worker, started at the same time
     * (the two cores each take one) unless a drag continues ({@code moving}: then
     * {@link #AREAS_AFTER_MS} after the counts are shown) or the targets are still to be read (then
     * right after the counts). A newer state cancels both (a clipping under way runs to its end, its
     * result kept for later but not shown); the counts never replace the whole table of their state.
     */
    private void recount(ViewState s, boolean moving) {
        long gen = ++coverageGeneration;
        if (coverageJob != null) {
            coverageJob.cancel(true);
        }
        if (areaJob != null) {
            areaJob.cancel(true);
        }
        if (!s.hasOrigin()) {
            coverageRunning = false;
            table.getItems().clear();
            shownTable.set(null);
            progress.setProgress(0);
            return;
        }
        coverageRunning = true;
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        String targetSpec = s.targets();
        long t0 = System.nanoTime();
        boolean areasNow = !moving && targetSpec.equals(currentTargetSpec);
        if (areasNow) {
            List<Target> counted = targets;
            areaJob = areaWorker.submit(() -> areas(gen, s, counted, t0));
        }
        coverageJob = coverageWorker.submit(() -> {
            try {
                if (!targetSpec.equals(currentTargetSpec)) {
                    targets = CoverageTable.targets(targetSpec);
                    currentTargetSpec = targetSpec;
                }
                List<Target> counted = targets;
                CoverageTable counts = CoverageTable.counts(s, counted, f -> Platform.runLater(() -> {
                    if (gen == coverageGeneration && gen != completeGeneration) {
                        progress.setProgress(f);
                    }
                }));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                Platform.runLater(() -> {
                    if (gen == coverageGeneration && gen != completeGeneration) {
                        show(counts, counted.size(), ms, gen);
                        startMap();
                        if (!counts.complete() && !areasNow) {
                            areaJob = areaWorker.schedule(() -> areas(gen, s, counted, t0),
                                    moving ? AREAS_AFTER_MS : 0, TimeUnit.MILLISECONDS);
                        }
                    }
                });
            } catch (CancellationException e) {
                // A newer state superseded this one; its job reports.
            } catch (RuntimeException e) {
                failed(gen, e);
            }
        });
    }

    /**
     * Runs {@code task} on the worker that clips the band areas: area jobs submitted after it wait
     * for it. The robot tests hold that worker with it to see the counts before their areas.
     */
    java.util.concurrent.Future<?> onAreaWorker(Runnable task) {
        return areaWorker.submit(task);
    }

    /** The second step of {@link #recount}: the whole table, the missing band areas clipped. */
    private void areas(long gen, ViewState s, List<Target> counted, long t0) {
        try {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            CoverageTable t = CoverageTable.compute(s, counted, f -> { });
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Platform.runLater(() -> {
                if (gen == coverageGeneration) {
                    show(t, counted.size(), ms, gen);
                    startMap();
                }
            });
        } catch (CancellationException e) {
            // superseded
        } catch (RuntimeException e) {
            failed(gen, e);
        }
    }

    /**
     * Shows a table of the state of generation {@code gen}: counts with pending areas (the progress bar
     * turning) or the whole table.
     */
    private void show(CoverageTable t, int counted, long ms, long gen) {
        table.getItems().setAll(t.rows());
        shownTable.set(t);
        if (t.complete()) {
            completeGeneration = gen;
            coverageRunning = false;
            coverage.set(t);
            progress.setProgress(1);
            setStatus(String.format(Locale.ROOT, "%s: %,d targets counted, areas clipped, in %d ms", t.targetsLabel(),
                    counted, ms));
        } else {
            progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
            long pending = t.rows().stream().filter(CoverageTable.Row::areasPending).count();
            setStatus(String.format(Locale.ROOT, "%s: %,d targets counted in %d ms; areas of %d row%s pending (…)",
                    t.targetsLabel(), counted, ms, pending, pending == 1 ? "" : "s"));
        }
    }

    private void failed(long gen, RuntimeException e) {
        Platform.runLater(() -> {
            if (gen == coverageGeneration) {
                startMap();
                coverageRunning = false;
                table.getItems().clear();
                shownTable.set(null);
                progress.setProgress(0);
                setStatus("coverage: " + e.getMessage());
            }
        });
    }

    private volatile String currentTargetSpec = "";

    private void setStatus(String text) {
        status.setText(text.replaceAll("\\s*[\\r\\n]+\\s*", " "));
    }

    private void refreshControls(ViewState s) {
        updatingControls = true;
        try {
            if (!siteItems.equals(s.sites())) {
                int sel = siteList.getSelectionModel().getSelectedIndex();
                siteItems.setAll(s.sites());
                if (sel >= 0 && sel < siteItems.size()) {
                    siteList.getSelectionModel().select(sel);
                }
            }
            String ranges = String.join(", ", s.rangesKm().stream().map(KmFormat::plain).toList());
            if (!rangesField.isFocused() && !ranges.equals(rangesField.getText())) {
                rangesField.setText(ranges);
            }
            List<String> rings = s.rangesKm().stream().map(km -> KmFormat.label(km) + " km").toList();
            int ring = Math.max(0, ringChoice.getSelectionModel().getSelectedIndex());
            if (!ringChoice.getItems().equals(rings)) {
                ringChoice.getItems().setAll(rings);
                ringChoice.getSelectionModel().select(Math.min(ring, rings.size() - 1));
            }
            int r = ringChoice.getSelectionModel().getSelectedIndex();
            if (r >= 0 && !slider.isValueChanging()) {
                slider.setValue(s.rangesKm().get(r));
            }
            sliderValue.setText(r >= 0 ? KmFormat.label(s.rangesKm().get(r)) + " km" : "");
            projectionChoice.setValue(s.projection());
            projections.getToggles().forEach(t -> t.setSelected(t.getUserData() == s.projection()));
            String tgt = s.targets();
            if (!targetChoice.getItems().contains(tgt)) {
                targetChoice.getItems().add(tgt);
            }
            targetChoice.setValue(tgt);
            compare.setSelected(!Double.isNaN(s.compareKm()));
            compareSites.setSelected(s.compareSites());
            siteOnly.forEach(n -> n.setDisable(s.fromArea()));
            siteOnlyItems.forEach(m -> m.setDisable(s.fromArea()));
            areaNote.setText(s.fromArea() ? areaReason(s) : "");
            areaNote.setVisible(s.fromArea());
            areaNote.setManaged(s.fromArea());
        } finally {
            updatingControls = false;
        }
    }

    // ---------------------------------------------------------------- side panel

    private VBox panel() {
        // Sites: the catalog with search, typed coordinates, the list of sites in the view.
        ObservableList<Site> catalog = FXCollections.observableArrayList(SiteCatalog.builtIn().sites());
        FilteredList<Site> found = new FilteredList<>(catalog);
        ListView<Site> catalogList = new ListView<>(found);
        catalogList.setPrefHeight(130);
        catalogList.setCellFactory(v -> siteCell());
        search.setPromptText("Search the catalog");
        search.textProperty().addListener((o, a, b) -> {
            String q = b.strip().toLowerCase(Locale.ROOT);
            found.setPredicate(s -> q.isEmpty() || s.id().toLowerCase(Locale.ROOT).contains(q)
                    || s.name().toLowerCase(Locale.ROOT).contains(q));
        });
        search.setOnAction(e -> {
            if (!found.isEmpty()) {
                addSite(found.get(0));
            }
        });
        Button addCatalog = new Button("Add from catalog");
        addCatalog.setOnAction(e -> Optional.ofNullable(catalogList.getSelectionModel().getSelectedItem())
                .ifPresent(this::addSite));
        catalogList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                addCatalog.fire();
            }
        });
        catalogList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addCatalog.fire();
            }
        });
        siteEntry.setPromptText("id, LAT,LON or DMS");
        siteEntry.setTooltip(new Tooltip("48.58,45.74 or 48°35′N 45°44′E; or click the map with Shift"));
        Button addTyped = new Button("Add");
        addTyped.setOnAction(e -> addTypedSite());
        siteEntry.setOnAction(e -> addTypedSite());
        siteList.setPrefHeight(110);
        siteList.setCellFactory(v -> siteCell());
        Button remove = new Button("Remove");
        remove.setOnAction(e -> removeSelectedSite());
        siteList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                removeSelectedSite();
            }
        });
        Button centreOn = new Button("Centre on");
        centreOn.setOnAction(e -> centreOnSelectedSite());

        // Ranges: the preset, the list with units, and a slider that moves one ring.
        Button inf = new Button("INF preset");
        inf.setTooltip(new Tooltip("480 (claimed 9M729), 500, 1,000 and 5,500 km"));
        inf.setOnAction(e -> apply(state.get().withSet(ThresholdSet.inf()), false));
        rangesField.setPromptText("480, 500, 1000km, 300mi");
        rangesField.setTooltip(new Tooltip("Ranges in km unless a unit follows: m, km, mi, nmi, ft; Enter applies"));
        rangesField.setOnAction(e -> applyRanges(rangesField.getText()));
        rangesField.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                refreshControls(state.get());
            }
        });
        slider.setBlockIncrement(10);
        slider.setMajorTickUnit(10);
        slider.valueProperty().addListener((o, a, b) -> {
            if (!updatingControls) {
                moveRing(Math.round(b.doubleValue()), slider.isValueChanging());
            }
        });
        slider.valueChangingProperty().addListener((o, was, is) -> {
            if (!is && !updatingControls) {
                moveRing(Math.round(slider.getValue()), false);
            }
        });
        ringChoice.setOnAction(e -> {
            if (!updatingControls) {
                refreshControls(state.get());
            }
        });

        // Targets, comparison, projection.
        targetChoice.getItems().setAll("capitals", "cities");
        targetChoice.setOnAction(e -> {
            if (!updatingControls && targetChoice.getValue() != null) {
                apply(state.get().withTargets(targetChoice.getValue()), false);
            }
        });
        Button loadTargets = new Button("Load target file…");
        loadTargets.setOnAction(e -> loadTargetFile());
        compare.setOnAction(e -> applyCompare());
        compareField.setOnAction(e -> {
            compare.setSelected(true);
            applyCompare();
        });
        compareField.setPrefColumnCount(6);
        compareSites.setOnAction(e -> {
            if (!updatingControls) {
                apply(state.get().withCompareSites(compareSites.isSelected()), false);
            }
        });
        projectionChoice.getItems().setAll(ProjectionKind.values());
        projectionChoice.setOnAction(e -> {
            if (!updatingControls && projectionChoice.getValue() != null) {
                setProjection(projectionChoice.getValue());
            }
        });

        siteOnly.addAll(List.of(search, catalogList, addCatalog, siteEntry, addTyped, siteList, remove, centreOn,
                compare, compareField, compareSites));
        areaNote.setWrapText(true);
        areaNote.setStyle("-fx-text-fill: #8a4b00;");
        VBox box = new VBox(6,
                heading("Sites"), areaNote, search, catalogList, addCatalog,
                new HBox(4, siteEntry, addTyped), siteList, new HBox(4, remove, centreOn),
                heading("Ranges"), inf, rangesField,
                new Label("Ring to move"), new HBox(6, ringChoice, sliderValue), slider,
                new HBox(4, compare, compareField), compareSites,
                heading("Targets"), targetChoice, loadTargets,
                heading("Projection"), projectionChoice);
        HBox.setHgrow(siteEntry, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** Why the site controls are disabled while the ranges are measured from an area. */
    static String areaReason(ViewState s) {
        return "Ranges from the area " + s.area() + ": adding or moving sites, union and comparisons go with "
                + "sites only (open a scenario with sites to use them)";
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        return l;
    }

    private static ListCell<Site> siteCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Site s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.id().equals(s.name()) ? s.id() : s.id() + " — " + s.name());
            }
        };
    }

    private VBox readoutPane() {
        readout.setEditable(false);
        readout.setWrapText(true);
        readout.setPromptText("Move the mouse over the map: coordinates, distance and azimuth from each site "
                + "(or the distance to the area), the range needed. Click a marked place for its row.");
        VBox.setVgrow(readout, Priority.ALWAYS);
        return new VBox(readout);
    }

    private void setUpTable() {
        table.getColumns().add(column("Site", CoverageTable.Row::site));
        table.getColumns().add(column("Band", CoverageTable.Row::band));
        table.getColumns().add(column("Category", CoverageTable.Row::category));
        table.getColumns().add(number("Targets", r -> (double) r.figures().targets(), "%,.0f"));
        table.getColumns().add(number("Pop. (targets)", r -> (double) r.figures().targetsPopulation(), "%,.0f"));
        // From an area, coverage --from-area --summary gives no cities, area-share or land figures: blank.
        table.getColumns().add(number("Pop. (cities ≥5k)",
                r -> r.fromArea() ? null : (double) r.figures().citiesPopulation(), "%,.0f"));
        table.getColumns().add(number("Pop. (area share)",
                r -> r.fromArea() ? null : r.figures().populationByAreaShare(), "%,.0f"));
        table.getColumns().add(number("Area km²", r -> r.figures().areaTotalKm2(), "%,.0f"));
        table.getColumns().add(number("Land km²", r -> r.fromArea() ? null : r.figures().areaLandKm2(), "%,.0f"));
        double[] widths = {95, 115, 175, 70, 110, 110, 110, 100, 100};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setPlaceholder(new Label("Counting…"));
    }

    private static TableColumn<CoverageTable.Row, String> column(String name,
            Function<CoverageTable.Row, String> value) {
        TableColumn<CoverageTable.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    /** The value of a cell whose figure is not yet computed, shown as "…". */
    private static final Double PENDING = Double.NaN;

    private static TableColumn<CoverageTable.Row, Double> number(String name,
            Function<CoverageTable.Row, Double> value, String format) {
        TableColumn<CoverageTable.Row, Double> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().figures() == null ? PENDING
                : value.apply(d.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                boolean pending = !empty && v != null && Double.isNaN(v) && getTableRow() != null
                        && getTableRow().getItem() != null && getTableRow().getItem().areasPending();
                setText(pending ? "…" : empty || v == null || Double.isNaN(v) ? null
                        : String.format(Locale.ROOT, format, v));
                setStyle(pending ? "-fx-alignment: CENTER-RIGHT; -fx-text-fill: #8a8a8a;" : "-fx-alignment: CENTER-RIGHT;");
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    // ---------------------------------------------------------------- actions

    void addSite(Site s) {
        if (state.get().fromArea()) {
            setStatus(areaReason(state.get()));
            return;
        }
        apply(state.get().withSite(s), false);
        siteList.getSelectionModel().select(siteItems.size() - 1);
    }

    /** Adds the site typed in the entry field; a bad entry is reported in the status line. */
    void addTypedSite() {
        try {
            addSite(ViewState.parseSite(siteEntry.getText()));
            siteEntry.clear();
        } catch (IllegalArgumentException e) {
            setStatus(e.getMessage());
        }
    }

    void removeSelectedSite() {
        int i = siteList.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            apply(state.get().withoutSite(i), false);
        }
    }

    void centreOnSelectedSite() {
        int i = Math.max(0, siteList.getSelectionModel().getSelectedIndex());
        ViewState s = state.get();
        if (i < s.sites().size() && map.screenMap() != null) {
            map.resetZoom();
            // A world or Mercator map keeps its extent (the whole world unless a scenario gave one): the
            // drawn frame's extent is measured in projected metres, not along the meridian as theirs is.
            double extent = ScreenMap.redrawsToNavigate(s.projection()) ? map.screenMap().extentKm() : s.extentKm();
            apply(s.withView(s.sites().get(i).point(), extent), false);
        }
    }

    /** Applies a typed list of ranges ({@code 480, 500, 1000km, 300mi}); bad text goes to the status line. */
    void applyRanges(String text) {
        try {
            List<Double> km = Lengths.parseListKm("ranges", text, LengthUnit.KM);
            apply(state.get().withRangesKm(km), false);
            setStatus("ranges " + String.join(", ", km.stream().map(KmFormat::label).toList()) + " km");
        } catch (IllegalArgumentException e) {
            setStatus(e.getMessage());
        }
    }

    private void moveRing(double km, boolean moving) {
        int r = ringChoice.getSelectionModel().getSelectedIndex();
        ViewState s = state.get();
        if (r < 0 || r >= s.rangesKm().size()) {
            return;
        }
        List<Double> ranges = new ArrayList<>(s.rangesKm());
        if (ranges.get(r) == km && moving) {
            return;
        }
        ranges.set(r, km);
        if (ranges.stream().distinct().count() != ranges.size()) {
            return; // the ring would land on another: keep it where it was
        }
        ViewState next = s.withRangesKm(ranges);
        // The moved ring keeps its place in the choice when the order is unchanged.
        int at = next.rangesKm().indexOf(km);
        updatingControls = true;
        ringChoice.getSelectionModel().select(at);
        updatingControls = false;
        apply(next, moving);
    }

    private void applyCompare() {
        ViewState s = state.get();
        if (!compare.isSelected()) {
            apply(s.withCompareKm(Double.NaN), false);
            return;
        }
        try {
            double km = Lengths.parseKm("compare", compareField.getText(), LengthUnit.KM);
            if (km == s.rangesKm().get(0)) {
                throw new IllegalArgumentException("compare '" + compareField.getText()
                        + "': equals the first range; expected another range");
            }
            apply(s.withCompareKm(km), false);
        } catch (IllegalArgumentException e) {
            compare.setSelected(false);
            setStatus(e.getMessage());
        }
    }

    void setProjection(ProjectionKind p) {
        ViewState s = state.get();
        map.resetZoom();
        boolean keep = ScreenMap.redrawsToNavigate(p) && ScreenMap.redrawsToNavigate(s.projection());
        apply(keep ? s.withProjection(p) : s.withProjection(p).withView(null, Double.NaN), false);
    }

    /** Back to the view {@code map} would draw: centred on the sites, fitted to the rings. */
    void resetView() {
        map.resetZoom();
        apply(state.get().withView(null, Double.NaN), false);
    }

    private void showReadout(GeoPoint p) {
        ViewState s = state.get();
        Readout r = Readout.at(s, p);
        StringBuilder b = new StringBuilder(r.coordinates()).append('\n');
        if (s.fromArea()) {
            b.append(r.areaLine(s)).append('\n');
        }
        r.siteLines(s.sites()).forEach(l -> b.append(l).append('\n'));
        b.append(r.needLine());
        readout.setText(b.toString());
    }

    /** A click: with Shift, a new site there; on a target, its row; elsewhere, the readout of the point. */
    private void picked(MapCanvas.Click c) {
        ViewState s = state.get();
        if (c.shift()) {
            addSite(ViewState.siteAt(c.point()));
            return;
        }
        if (s.fromArea()) {
            map.targetNear(targets, c.x(), c.y()).ifPresentOrElse(t -> {
                Readout r = Readout.at(s, GeoPoint.of(t.latDeg(), t.lonDeg()));
                readout.setText(String.format(Locale.ROOT, "%s (%s)%n%s%n%s", t.name(), t.country(), r.areaLine(s),
                        r.needLine()));
            }, () -> showReadout(c.point()));
            return;
        }
        map.targetNear(targets, c.x(), c.y()).ifPresentOrElse(t -> {
            TargetDistance d = new Coverage(new CoverageParameters(s.sites(), s.set(), s.earth(),
                    CoverageTable.SCALE)).classify(List.of(t)).get(0);
            readout.setText(String.format(Locale.ROOT, "%s (%s)%nnearest site %s: %.3f km%nband %s, %s%nneeds %s km",
                    t.name(), t.country(), d.site().id(), d.distanceKm(), Objects.toString(d.band(), "beyond the ranges"),
                    d.category(), KmFormat.label(Math.ceil(d.neededRangeKm()))));
        }, () -> showReadout(c.point()));
    }

    private void loadTargetFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Load targets (CSV, GeoJSON, KML/KMZ, GeoPackage, FlatGeobuf)");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Targets", "*.csv", "*.geojson", "*.json", "*.kml",
                "*.kmz", "*.gpkg", "*.fgb"));
        java.io.File f = fc.showOpenDialog(owner);
        if (f != null) {
            apply(state.get().withTargets(f.getPath()), false);
        }
    }

    // ---------------------------------------------------------------- files

    /** Opens a scenario file: its sites, ranges, earth and map settings. */
    void openScenario(Path file) {
        try {
            map.resetZoom();
            apply(ViewState.of(Scenarios.load(file), file), false);
            setStatus("opened " + file);
        } catch (RuntimeException e) {
            setStatus(e.getMessage());
        }
    }

    /** Exports the map (PNG, SVG or PDF by the extension). */
    void exportMap(Path file) throws IOException {
        int[] wh = map.sizePx();
        ViewState shown = map.shownState(state.get());
        Exports.map(shown, wh[0], wh[1], file);
        setStatus("wrote " + file + (map.magnified() && shown == state.get()
                ? " (the whole world: the window's middle shows no point of the map)" : ""));
    }

    /**
     * Exports the bands, rings and sites as an overlay, the format by the extension (GeoJSON, KML,
     * KMZ, GeoPackage, FlatGeobuf, CSV with WKT); a later saved scenario writes its overlay in the
     * same format.
     */
    void exportOverlay(Path file) throws IOException {
        Exports.overlay(state.get(), file);
        overlayFormat = DataFiles.overlayFormat(file.toString());
        setStatus("wrote " + file);
    }

    void exportCoverageCsv(Path file) throws IOException {
        Exports.coverageCsv(state.get(), file);
        setStatus("wrote " + file);
    }

    /**
     * Saves the scenario {@code NAME.yaml} with its outputs beside it ({@link Exports#saveScenario}):
     * the map {@code NAME.png}, the overlay in the format of the last overlay export
     * ({@code NAME.geojson} before any) and (counting a built-in set) {@code NAME-coverage.csv}.
     */
    void saveScenario(Path yamlFile) throws IOException {
        saveScenario(yamlFile, overlayFormat);
    }

    /** As {@link #saveScenario(Path)} with the overlay in {@code overlay}. */
    void saveScenario(Path yamlFile, OverlayFormat overlay) throws IOException {
        int[] wh = map.sizePx();
        List<String> files = Exports.saveScenario(map.shownState(state.get()), wh[0], wh[1], yamlFile, overlay);
        setStatus("saved " + yamlFile + " with " + String.join(", ", files));
    }

    /** The format of the last overlay export: a saved scenario's overlay output. */
    private OverlayFormat overlayFormat = OverlayFormat.GEOJSON;

    private interface FileAction {
        void run(Path p) throws IOException;
    }

    private void withFile(String title, boolean save, String description, List<String> patterns, FileAction action) {
        withFile(title, save, List.of(new FileChooser.ExtensionFilter(description, patterns)), action);
    }

    /**
     * Asks for a file with a choice of filters; a saved name typed without an extension gets the
     * chosen filter's first one (the extension decides the format).
     */
    private void withFile(String title, boolean save, List<FileChooser.ExtensionFilter> filters, FileAction action) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(filters);
        java.io.File f = save ? fc.showSaveDialog(owner) : fc.showOpenDialog(owner);
        if (f == null) {
            return;
        }
        FileChooser.ExtensionFilter chosen = fc.getSelectedExtensionFilter();
        if (save && DataFiles.extension(f.getName()).isEmpty() && chosen != null
                && chosen.getExtensions().size() == 1) {
            f = new java.io.File(f.getPath() + chosen.getExtensions().get(0).substring(1));
        }
        try {
            action.run(f.toPath());
        } catch (IOException | RuntimeException e) {
            setStatus(f + ": " + e.getMessage());
        }
    }

    /** One file-chooser filter per overlay format, the last exported first, then all of them. */
    private List<FileChooser.ExtensionFilter> overlayFilters() {
        List<FileChooser.ExtensionFilter> out = new ArrayList<>();
        List<OverlayFormat> formats = new ArrayList<>(List.of(OverlayFormat.values()));
        formats.remove(overlayFormat);
        formats.add(0, overlayFormat);
        for (OverlayFormat f : formats) {
            out.add(new FileChooser.ExtensionFilter(OVERLAY_NAMES.get(f),
                    f.extensions().stream().map(e -> "*" + e).toList()));
        }
        out.add(new FileChooser.ExtensionFilter("Any overlay format",
                DataFiles.OVERLAY_EXTENSIONS.stream().map(e -> "*" + e).toList()));
        return out;
    }

    private static final java.util.Map<OverlayFormat, String> OVERLAY_NAMES = java.util.Map.of(
            OverlayFormat.GEOJSON, "GeoJSON", OverlayFormat.KML, "KML (Google Earth)",
            OverlayFormat.KMZ, "KMZ (KML with the legend)", OverlayFormat.GPKG, "GeoPackage",
            OverlayFormat.FGB, "FlatGeobuf", OverlayFormat.CSV, "CSV with WKT");

    // ---------------------------------------------------------------- menus

    private MenuBar menus() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Open scenario…", "Shortcut+O", () -> withFile("Open scenario", false, "Scenario",
                        List.of("*.yaml", "*.yml"), this::openScenario)),
                item("_Save scenario…", "Shortcut+S", () -> withFile("Save scenario", true, "Scenario",
                        List.of("*.yaml"), this::saveScenario)),
                new SeparatorMenuItem(),
                item("Export _map…", "Shortcut+E", () -> withFile("Export map", true, "PNG, SVG or PDF",
                        List.of("*.png", "*.svg", "*.pdf"), this::exportMap)),
                item("Export _bands (GeoJSON, KML, KMZ, GeoPackage, FlatGeobuf, CSV)…", "Shortcut+G",
                        () -> withFile("Export bands", true, overlayFilters(), this::exportOverlay)),
                item("Export _coverage (CSV)…", "Shortcut+Shift+E", () -> withFile("Export coverage", true, "CSV",
                        List.of("*.csv"), this::exportCoverageCsv)),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", Platform::exit));
        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("Zoom _in", "Shortcut+EQUALS", () -> map.zoomBy(MapCanvas.ZOOM_STEP)),
                item("Zoom _out", "Shortcut+MINUS", () -> map.zoomBy(1 / MapCanvas.ZOOM_STEP)),
                item("_Reset view", "Shortcut+0", this::resetView),
                item("_Centre on selected site", "Shortcut+R", this::centreOnSelectedSite),
                item("Focus _map (arrows pan, +/− zoom)", "Shortcut+M", map::requestFocus),
                new SeparatorMenuItem());
        int k = 1;
        for (ProjectionKind p : ProjectionKind.values()) {
            RadioMenuItem r = new RadioMenuItem(p.id() + " — " + p.title());
            r.setUserData(p);
            r.setToggleGroup(projections);
            r.setAccelerator(KeyCombination.keyCombination("Shortcut+" + k++));
            r.setOnAction(e -> setProjection(p));
            view.getItems().add(r);
        }
        Menu sites = new Menu("_Sites");
        sites.getItems().addAll(
                item("_Search catalog", "Shortcut+F", search::requestFocus),
                item("_Add site by coordinates", "Shortcut+N", siteEntry::requestFocus),
                item("_Remove selected site", "Shortcut+DELETE", this::removeSelectedSite),
                item("Com_pare sites (what each adds to the first)", "Shortcut+P",
                        () -> apply(state.get().withCompareSites(!state.get().compareSites()), false)));
        siteOnlyItems.addAll(sites.getItems());
        Menu ranges = new Menu("_Ranges");
        ranges.getItems().addAll(
                item("_INF preset", "Shortcut+I", () -> apply(state.get().withSet(ThresholdSet.inf()), false)),
                item("_Edit ranges", "Shortcut+L", rangesField::requestFocus),
                item("Ring _slider", "Shortcut+J", slider::requestFocus),
                item("_Compare first range with…", "Shortcut+K", compareField::requestFocus));
        siteOnlyItems.add(ranges.getItems().get(ranges.getItems().size() - 1));
        return new MenuBar(file, view, sites, ranges);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setMnemonicParsing(true);
        m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }
}
