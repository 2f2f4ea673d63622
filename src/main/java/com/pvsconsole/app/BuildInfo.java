package com.pvsconsole.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name and version of this build, filtered into {@code pvs-console/build.properties} by Maven. */
public record BuildInfo(String name, String version) {

    private static final String RESOURCE = "/pvs-console/build.properties";

    public static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new BuildInfo(properties.getProperty("name", "pvs-console"),
                properties.getProperty("version", "dev"));
    }

    /** The {@code User-Agent} product token, e.g. {@code pvs-console/1.0.0}. */
    public String userAgent() {
        return name + "/" + version;
    }
}
