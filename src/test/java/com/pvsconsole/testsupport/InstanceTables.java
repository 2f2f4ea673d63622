package com.pvsconsole.testsupport;

import static com.pvsconsole.testsupport.ConsoleFixture.waitUntil;

import com.pvsconsole.ui.instances.InstanceRow;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;

/** The shown server table of a window test, and picking a row from it the way a user would. */
public final class InstanceTables {

    private InstanceTables() {
    }

    public static TableView<InstanceRow> table(FxRobot robot) {
        return robot.lookup("#instance-table").queryTableView();
    }

    /** Waits for a row in {@code status} with no action running, and makes it the only selected row. */
    public static InstanceRow selectIdle(FxRobot robot, String status) throws TimeoutException {
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.status().equals(status) && !r.isBusy()));
        InstanceRow row = table(robot).getItems().stream().filter(r -> r.status().equals(status) && !r.isBusy())
                .findFirst().orElseThrow();
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().select(row);
        });
        return row;
    }
}
