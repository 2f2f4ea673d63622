package com.pvsconsole.service.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON document in a file, read leniently and written atomically. A file that cannot be
 * read or parsed is renamed to {@code <name>.corrupt-<UTC timestamp>} and defaults are used,
 * with a notice for the user: never a crash, never a silently lost file. If even the rename
 * fails, the file is left alone and this store refuses to overwrite it.
 */
public final class JsonFileStore<T> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonFileStore.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Class<T> type;
    private final Supplier<T> defaults;
    private final String description;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final SetAside setAside;
    private volatile boolean protectFile;

    /** How a damaged file is moved to its backup name; a seam so tests can make it fail. */
    @FunctionalInterface
    interface SetAside {
        void move(Path from, Path to) throws IOException;
    }

    /**
     * @param description what the file holds, for notices ("settings", "account list")
     */
    public JsonFileStore(Path file, Class<T> type, Supplier<T> defaults, String description, Clock clock) {
        this(file, type, defaults, description, clock, (from, to) -> Files.move(from, to));
    }

    JsonFileStore(Path file, Class<T> type, Supplier<T> defaults, String description, Clock clock,
            SetAside setAside) {
        this.setAside = Objects.requireNonNull(setAside, "setAside");
        this.file = Objects.requireNonNull(file, "file");
        this.type = Objects.requireNonNull(type, "type");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.description = Objects.requireNonNull(description, "description");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mapper = new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    public Path file() {
        return file;
    }

    public LoadResult<T> load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return LoadResult.clean(defaults.get());
        } catch (IOException | RuntimeException e) {
            return setAside("could not be read", e);
        }
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                return setAside("was empty", null);
            }
            return LoadResult.clean(value);
        } catch (IOException | RuntimeException e) {
            return setAside("was damaged", e);
        }
    }

    public void save(T value) throws IOException {
        if (protectFile) {
            throw new IOException("Not overwriting " + file + ": it could not be read or set aside");
        }
        AtomicFiles.write(file, mapper.writeValueAsBytes(Objects.requireNonNull(value, "value")));
    }

    private LoadResult<T> setAside(String problem, Exception cause) {
        // Only the exception type goes to the log: parser messages quote file content.
        LOG.warn("The {} file {} {} ({})", description, file, problem,
                cause == null ? "no content" : cause.getClass().getSimpleName());
        String stamp = STAMP.format(clock.instant());
        Path backup = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        for (int i = 1; Files.exists(backup); i++) {
            backup = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp + "-" + i);
        }
        try {
            setAside.move(file, backup);
            return LoadResult.withNotice(defaults.get(), "Your " + description + " file " + problem
                    + ", so defaults are used. The old file was kept as " + backup + ".");
        } catch (IOException | RuntimeException e) {
            protectFile = true;
            LOG.warn("Could not set aside {} ({})", file, e.getClass().getSimpleName());
            return LoadResult.withNotice(defaults.get(), "Your " + description + " file " + problem
                    + " and could not be moved aside, so defaults are used for this session and "
                    + file + " is left untouched.");
        }
    }
}
