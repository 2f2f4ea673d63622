package com.pvsconsole.app;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * This process's C environment through JNA (already on the class path for the OS keychain): Java
 * can read its environment but not change it, and GTK reads its settings from there.
 */
final class NativeEnvironment implements SoftwareRendering.ProcessEnvironment {

    /** The one C function needed. */
    private interface C extends Library {
        int setenv(String name, String value, int overwrite);
    }

    @Override
    public boolean setIfAbsent(String name, String value) {
        try {
            return Native.load("c", C.class).setenv(name, value, 0) == 0;
        } catch (LinkageError | RuntimeException e) {
            // No JNA native library for this platform: GTK then loads Mesa as it always did.
            return false;
        }
    }
}
