package com.pvsconsole.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.Crn;
import com.pvsconsole.api.InstanceAction;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.code.CodeAction;
import com.pvsconsole.service.code.CodeGenerator;
import com.pvsconsole.service.code.CodeTarget;
import com.pvsconsole.service.code.GeneratedCode;
import com.pvsconsole.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CopyAsCodeViewTest {

    private static final CodeTarget TARGET = new CodeTarget(RegionEndpoint.publicEndpoint("us-south"),
            Crn.of("dal10", "acct1", "ws-1111"), "dev");
    private final CodeGenerator generator = CodeGenerator.forIbmCloud(RegionCatalog.loadDefault());
    private final GeneratedCode stop = generator.generate(TARGET,
            new CodeAction.InstancePower(new CodeAction.Ref("vm-1", "web-01"), InstanceAction.STOP));
    private final List<String> copied = new ArrayList<>();
    private CopyAsCodeViewModel model;

    @Start
    void start(Stage stage) {
        model = new CopyAsCodeViewModel(stop);
        CopyAsCodeView view = new CopyAsCodeView(model, copied::add, new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(view.root()));
        stage.show();
    }

    @Test
    void should_show_the_cli_and_copy_exactly_what_is_shown(FxRobot robot) {
        // given the dialog just opened on the CLI tab
        TextArea cli = robot.lookup("#code-text-cli").queryAs(TextArea.class);
        assertThat(cli.getText()).isEqualTo(stop.cliPosix()).contains("ibmcloud pi instance action vm-1");
        assertThat(cli.isEditable()).isFalse();
        assertThat(cli.getStyle()).contains("monospace");

        // when the user copies
        robot.clickOn("#code-copy-cli");

        // then the clipboard gets the same text
        assertThat(copied).containsExactly(stop.cliPosix());
    }

    @Test
    void should_switch_curl_to_powershell_and_follow_new_values(FxRobot robot) {
        // given the curl tab
        robot.interact(() -> robot.lookup("#code-tabs").queryAs(TabPane.class).getSelectionModel().select(1));

        // when PowerShell is chosen
        robot.clickOn("#code-shell-powershell");
        WaitForAsyncUtils.waitForFxEvents();

        // then curl.exe with the PowerShell form is shown and copied
        TextArea curl = robot.lookup("#code-text-curl").queryAs(TextArea.class);
        assertThat(curl.getText()).isEqualTo(stop.curlPowerShell()).contains("curl.exe");
        robot.clickOn("#code-copy-curl");
        assertThat(copied).containsExactly(stop.curlPowerShell());

        // and when the dialog's values change, the text follows
        GeneratedCode start = generator.generate(TARGET,
                new CodeAction.InstancePower(new CodeAction.Ref("vm-1", "web-01"), InstanceAction.START));
        robot.interact(() -> model.codeProperty().set(start));
        assertThat(curl.getText()).isEqualTo(start.curlPowerShell());
    }
}
