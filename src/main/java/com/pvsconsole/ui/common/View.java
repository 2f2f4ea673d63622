package com.pvsconsole.ui.common;

import javafx.scene.Parent;

/**
 * A view built in code in two steps: {@link #createView()} builds the nodes,
 * {@link #initListeners()} binds them to the view-model and wires events. {@link #root()}
 * does both once, on first use.
 */
public abstract class View<N extends Parent> {

    private N root;

    protected abstract N createView();

    protected abstract void initListeners();

    public final N root() {
        if (root == null) {
            root = createView();
            initListeners();
        }
        return root;
    }
}
