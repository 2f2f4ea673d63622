package com.pvsconsole.ui.common;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A table skin that keeps its rows filled when the items are replaced wholesale, as a filtered
 * list does on every new filter. The stock skin then "rebuilds" its cells: every visible row is
 * first emptied (index -1, so its cells drop their graphics and flip :empty/:filled), then filled
 * again from the new items, which restyles each row and cell twice in the same pulse. Here the
 * rows keep their indexes instead ("reconfigure"); a row whose item changed updates as it does
 * when scrolled, a row whose item stayed does nothing. Row items must not be equal to other
 * items unless they show the same (identity, as the stock rule assumes too). Other rebuilds
 * (columns, row factory) stay the stock ones. UI thread only.
 *
 * @param <S> the row type
 */
public final class SteadyRowsTableSkin<S> extends TableViewSkin<S> {

    public SteadyRowsTableSkin(TableView<S> table) {
        super(table);
    }

    /** Gives {@code table} this skin. */
    public static <S> void install(TableView<S> table) {
        table.setSkin(new SteadyRowsTableSkin<>(table));
    }

    @Override
    protected VirtualFlow<TableRow<S>> createVirtualFlow() {
        return new SteadyFlow<>();
    }

    @Override
    protected void updateItemCount() {
        SteadyFlow<?> flow = (SteadyFlow<?>) getVirtualFlow();
        flow.itemsReplaced = true;
        try {
            super.updateItemCount();
        } finally {
            flow.itemsReplaced = false;
        }
    }

    /** Turns the rebuild the item count asks for into a reconfigure. */
    private static final class SteadyFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {
        private boolean itemsReplaced;

        @Override
        protected void rebuildCells() {
            if (itemsReplaced) {
                reconfigureCells();
            } else {
                super.rebuildCells();
            }
        }
    }
}
