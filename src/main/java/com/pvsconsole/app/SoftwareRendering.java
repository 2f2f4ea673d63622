package com.pvsconsole.app;

import com.pvsconsole.service.settings.OperatingSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * On Linux without a GPU device (a virtual machine, a remote desktop, Xvfb) JavaFX renders in
 * software in the end, but only after GTK has initialised GL to choose its window visuals and
 * Prism has tried its es2 pipeline and rejected Mesa's software GL ("System GPU doesn't meet the
 * es2 pipe requirement"). Both load Mesa (libLLVM, swrast_dri) for nothing, and it stays mapped:
 * 47 MB of the console's RSS under Xvfb (README: Performance, memory). When no GPU device exists
 * this picks Prism's software pipeline up front and tells GTK not to initialise GL
 * ({@code GDK_GL=disable}, set in this process's environment, which GTK reads when the toolkit
 * starts). The picture is the same: it is the pipeline JavaFX falls back to anyway.
 *
 * <p>Left alone: other systems, headless runs (Monocle), a machine with a GPU device node (DRM,
 * NVIDIA's, WSL's), a {@code prism.order} or {@code prism.forceGPU} the user chose, and a
 * {@code GDK_GL} already in the environment.
 */
final class SoftwareRendering {

    /** Device nodes through which Linux reaches a GPU: without any of them there is no hardware GL. */
    static final List<Path> GPU_DEVICES = List.of(Path.of("/dev/dri"), Path.of("/dev/nvidiactl"),
            Path.of("/dev/nvidia0"), Path.of("/dev/dxg"));

    /** Sets a variable in this process's own environment (the C library's, which GTK reads). */
    interface ProcessEnvironment {
        /** Sets {@code name} unless it is already set; false when that was not possible. */
        boolean setIfAbsent(String name, String value);
    }

    private final OperatingSystem os;
    private final Properties properties;
    private final Predicate<Path> exists;

    SoftwareRendering(OperatingSystem os, Properties properties, Predicate<Path> exists) {
        this.os = os;
        this.properties = properties;
        this.exists = exists;
    }

    static SoftwareRendering forCurrentProcess() {
        return new SoftwareRendering(OperatingSystem.current(), System.getProperties(), Files::exists);
    }

    /** Whether JavaFX would end up in software anyway and nobody chose otherwise. */
    boolean wanted() {
        return os == OperatingSystem.LINUX
                && !"Monocle".equalsIgnoreCase(properties.getProperty("glass.platform"))
                && properties.getProperty("prism.order") == null
                && properties.getProperty("prism.forceGPU") == null
                && GPU_DEVICES.stream().noneMatch(exists);
    }

    /**
     * Chooses the software pipeline and asks GTK not to initialise GL, when {@link #wanted()}.
     * Call before the JavaFX toolkit starts. Returns whether it chose.
     */
    boolean applyTo(ProcessEnvironment environment) {
        if (!wanted()) {
            return false;
        }
        properties.setProperty("prism.order", "sw");
        // Without it GTK still loads Mesa for its visuals; the pipeline choice stands either way.
        environment.setIfAbsent("GDK_GL", "disable");
        return true;
    }
}
