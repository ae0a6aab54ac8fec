package org.rangekit.viewer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.rangekit.viewer.model.ViewState;

/**
 * The JavaFX application of {@code rangekit view}: one window on the state {@link Viewer#launch}
 * was given, its place and size remembered between runs ({@link WindowPrefs}).
 */
public final class ViewerApp extends Application {

    /** The state the window opens with; set by {@link Viewer#launch} before the toolkit starts. */
    static volatile ViewState initial = ViewState.initial();

    @Override
    public void start(Stage stage) {
        ViewerWindow w = open(stage, initial);
        WindowPrefs.load().applyTo(stage);
        stage.setOnCloseRequest(e -> {
            WindowPrefs.of(stage).save();
            w.dispose();
        });
        stage.show();
    }

    /** Puts a new viewer window on a stage (not shown yet). */
    static ViewerWindow open(Stage stage, ViewState state) {
        return open(stage, state, -1, -1);
    }

    /** Puts a new viewer window of a given scene size (pixels; −1 for the preferred size) on a stage. */
    static ViewerWindow open(Stage stage, ViewState state, double width, double height) {
        ViewerWindow w = new ViewerWindow(state);
        w.setOwner(stage);
        stage.setTitle("rangekit view");
        stage.setScene(new Scene(w.root(), width, height));
        return w;
    }

    @Override
    public void stop() {
        Platform.exit();
    }
}
