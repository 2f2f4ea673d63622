package com.pvsconsole.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Re-arms a layout request that JavaFX dropped. A node that asks for layout while its parent is
 * in the middle of laying out does not mark that parent; when the parent then finishes, the node
 * stays marked "needs layout" with no pass ever coming for it. Seen on All servers under load:
 * the count read "39 of 39" over an empty table until the window was resized. After each layout
 * pass this guard checks its node and, when it is in that state, marks the parent so the next
 * pulse lays the node out. The check is two flags per pulse.
 */
public final class StuckLayoutGuard {

    private final Parent node;
    private final Runnable check = this::check;
    private Scene watched;

    private StuckLayoutGuard(Parent node) {
        this.node = node;
    }

    /** Watches {@code node} for as long as it is in a scene. */
    public static void install(Parent node) {
        StuckLayoutGuard guard = new StuckLayoutGuard(node);
        node.sceneProperty().addListener((observable, before, after) -> guard.watch(after));
        guard.watch(node.getScene());
    }

    private void watch(Scene scene) {
        if (watched != null) {
            watched.removePostLayoutPulseListener(check);
        }
        watched = scene;
        if (scene != null) {
            scene.addPostLayoutPulseListener(check);
        }
    }

    private void check() {
        Parent parent = node.getParent();
        if (node.isNeedsLayout() && parent != null && !parent.isNeedsLayout()) {
            parent.requestLayout();
        }
    }
}
