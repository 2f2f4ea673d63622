package com.pvsconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.service.settings.OperatingSystem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SoftwareRenderingTest {

    private final Properties properties = new Properties();
    private final Map<String, String> environment = new HashMap<>();

    private final SoftwareRendering.ProcessEnvironment fakeEnvironment = (name, value) -> {
        environment.putIfAbsent(name, value);
        return true;
    };

    private SoftwareRendering on(OperatingSystem os, Set<Path> devices) {
        return new SoftwareRendering(os, properties, devices::contains);
    }

    @Test
    void should_choose_the_software_pipeline_and_keep_gtk_from_gl_on_linux_without_a_gpu_device() {
        // given Linux with no DRM, NVIDIA or WSL device node (a VM, a remote desktop, Xvfb)
        SoftwareRendering rendering = on(OperatingSystem.LINUX, Set.of());

        // when it is applied before the toolkit starts
        boolean chose = rendering.applyTo(fakeEnvironment);

        // then Prism starts in software and GTK is told not to initialise GL (which loads Mesa)
        assertThat(chose).isTrue();
        assertThat(properties.getProperty("prism.order")).isEqualTo("sw");
        assertThat(environment).containsEntry("GDK_GL", "disable");
    }

    @Test
    void should_leave_the_pipeline_to_javafx_when_any_gpu_device_exists() {
        for (Path device : SoftwareRendering.GPU_DEVICES) {
            // given a machine that can reach a GPU through this device node
            properties.clear();
            environment.clear();

            // when applied, nothing is chosen
            assertThat(on(OperatingSystem.LINUX, Set.of(device)).applyTo(fakeEnvironment)).as(device.toString()).isFalse();
            assertThat(properties.getProperty("prism.order")).isNull();
            assertThat(environment).isEmpty();
        }
    }

    @Test
    void should_respect_the_users_own_pipeline_choice() {
        // given a prism.order or prism.forceGPU the user set on the command line
        for (String property : new String[] {"prism.order", "prism.forceGPU"}) {
            properties.clear();
            properties.setProperty(property, "es2");

            // then nothing is changed
            assertThat(on(OperatingSystem.LINUX, Set.of()).applyTo(fakeEnvironment)).as(property).isFalse();
            assertThat(properties.getProperty(property)).isEqualTo("es2");
            assertThat(environment).isEmpty();
        }
    }

    @Test
    void should_not_apply_on_other_systems_nor_headless() {
        assertThat(on(OperatingSystem.WINDOWS, Set.of()).wanted()).isFalse();
        assertThat(on(OperatingSystem.MACOS, Set.of()).wanted()).isFalse();

        properties.setProperty("glass.platform", "Monocle");
        assertThat(on(OperatingSystem.LINUX, Set.of()).wanted()).isFalse();
    }

    @Test
    void should_keep_a_gdk_gl_value_already_in_the_environment() {
        // given GDK_GL set by the user
        environment.put("GDK_GL", "always");

        // when applied
        on(OperatingSystem.LINUX, Set.of()).applyTo(fakeEnvironment);

        // then the user's value stays (the C call does not overwrite)
        assertThat(environment).containsEntry("GDK_GL", "always");
    }

    @Test
    void should_set_the_variable_in_this_process_through_the_c_library() {
        // given the real JNA-backed environment and a variable nobody sets
        String name = "PVS_CONSOLE_TEST_" + System.nanoTime();

        // then setting it succeeds (GTK reads the C environment, which Java cannot change otherwise)
        assertThat(new NativeEnvironment().setIfAbsent(name, "1")).isTrue();
    }
}
