package com.pvsconsole.service.inventory.cache;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.pvsconsole.api.http.JsonMapper;
import com.pvsconsole.service.settings.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each account's last known inventory in the cache folder, so the next start can show it
 * at once. One gzipped JSON file per account, named from a hash of the account id (the folder
 * listing says nothing about whose it is), owner-only and replaced atomically. A file that is
 * damaged, of another format version or of another account is deleted with one log line: the
 * cache is a convenience, never a reason to fail. Safe to call from any thread.
 */
public final class InventoryCache {

    /** Raise when {@link CachedFleet} or the api model records change shape: older files are then dropped. */
    public static final int FORMAT_VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(InventoryCache.class);
    private static final String VERSION_FIELD = "formatVersion";

    private final Path folder;
    private final Clock clock;
    private final ObjectMapper mapper;
    /** Serialises file access; encoding a snapshot happens outside it. */
    private final Object fileLock = new Object();
    private final Map<String, Instant> lastSaved = new HashMap<>();
    /** Read ahead by {@link #prefetch}, handed out once; written under the file lock, taken without it. */
    private final Map<String, Optional<CachedFleet>> prefetched = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param folder the cache folder ({@code AppDirectories.cache()}); created on first save
     */
    public InventoryCache(Path folder, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
        // The api client's settings (unknown fields ignored, nulls omitted), so the model
        // records come back exactly as the service sent them, plus ISO-8601 instants.
        this.mapper = JsonMapper.create()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** A snapshot of {@code workspaces} taken now, in the current format. */
    public CachedFleet snapshot(String accountId, List<CachedWorkspace> workspaces) {
        return CachedFleet.of(accountId, clock.instant(), workspaces);
    }

    /**
     * Reads the account's inventory now, on the calling thread, so that the next {@link #load} of
     * it returns at once: start-up reads the start account's file while the toolkit starts, rather
     * than after the window is built. A save in between drops what was read ahead.
     */
    public void prefetch(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        synchronized (fileLock) {
            prefetched.put(accountId, read(accountId));
        }
    }

    /**
     * What {@link #prefetch} found for the account, taken without waiting for the file (so the FX
     * thread may ask); empty when nothing was read ahead or nothing was saved.
     */
    public Optional<CachedFleet> takeReadAhead(String accountId) {
        Optional<CachedFleet> ahead = prefetched.remove(Objects.requireNonNull(accountId, "accountId"));
        return ahead == null ? Optional.empty() : ahead;
    }

    /** The account's last saved inventory; empty when there is none or it had to be discarded. */
    public Optional<CachedFleet> load(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        synchronized (fileLock) {
            Optional<CachedFleet> ahead = prefetched.remove(accountId);
            return ahead != null ? ahead : read(accountId);
        }
    }

    private Optional<CachedFleet> read(String accountId) {
        Path file = fileFor(accountId);
        // Held while decoding too, so a discard can never delete a file a concurrent save just wrote.
        synchronized (fileLock) {
            // Decoded from the file as it is unpacked (read twice: the version first): the JSON of
            // 10,000 instances and volumes is about 30 MB, which held as bytes (packed and plain)
            // raised the heap's peak (README: Performance, P6).
            String problem;
            try {
                int version;
                try (InputStream json = gunzip(file)) {
                    version = formatVersion(json);
                }
                if (version == FORMAT_VERSION) {
                    CachedFleet fleet;
                    try (InputStream json = gunzip(file)) {
                        fleet = mapper.readValue(json, CachedFleet.class);
                    }
                    if (accountId.equals(fleet.accountId())) {
                        return Optional.of(fleet);
                    }
                    problem = "it belongs to another account";
                } else {
                    problem = "it is in format version " + version + ", this build reads " + FORMAT_VERSION;
                }
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                // Only the exception type: parser messages quote the file's content.
                problem = "it is damaged or unreadable (" + e.getClass().getSimpleName() + ")";
            }
            discard(file, problem);
            return Optional.empty();
        }
    }

    /**
     * Replaces the account's file with {@code fleet}. A snapshot older than one already saved
     * for the account is skipped, so saves finishing out of order never bring back older data.
     * Failures are logged, not thrown: the next save tries again.
     */
    public void save(CachedFleet fleet) {
        Objects.requireNonNull(fleet, "fleet");
        Path file = fileFor(fleet.accountId());
        synchronized (fileLock) {
            prefetched.remove(fleet.accountId());
            Instant previous = lastSaved.get(fleet.accountId());
            if (previous != null && fleet.savedAt().isBefore(previous)) {
                return;
            }
            try {
                AtomicFiles.write(file, out -> gzip(fleet, out));
                lastSaved.put(fleet.accountId(), fleet.savedAt());
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not write the inventory cache {} ({})", file.getFileName(),
                        e.getClass().getSimpleName());
            }
        }
    }

    /** Forgets the account's inventory (the account was removed). */
    public void delete(String accountId) {
        Path file = fileFor(accountId);
        synchronized (fileLock) {
            prefetched.remove(accountId);
            lastSaved.remove(accountId);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete the inventory cache {} ({})", file.getFileName(),
                        e.getClass().getSimpleName());
            }
        }
    }

    /** The account's file: a hash of the id, so the name reveals nothing about the account. */
    Path fileFor(String accountId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(accountId.getBytes(StandardCharsets.UTF_8));
            return folder.resolve("inventory-" + HexFormat.of().formatHex(hash, 0, 16) + ".json.gz");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void discard(Path file, String reason) {
        try {
            Files.deleteIfExists(file);
            LOG.info("Discarded the cached inventory {}: {}", file.getFileName(), reason);
        } catch (IOException e) {
            LOG.info("Ignored the cached inventory {}: {}; it could not be deleted ({})", file.getFileName(), reason,
                    e.getClass().getSimpleName());
        }
    }

    /** Reads only the leading fields up to the version, so an old layout is told apart from a damaged file. */
    private int formatVersion(InputStream json) throws IOException {
        try (JsonParser parser = mapper.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (VERSION_FIELD.equals(name)) {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw new IOException("format version is not a number");
                    }
                    return parser.getIntValue();
                }
                parser.skipChildren();
            }
            return 0; // files from before versioning had no such field
        }
    }

    /**
     * Encodes straight into the compressor and the compressed bytes straight into the file: neither
     * the plain JSON (about 30 MB for 10,000 instances and volumes) nor the packed file (2-3 MB) is
     * ever held. Held packed, it was a byte array doubling from 256 KB to 4 MB on each save (every
     * 30 s while refreshing): arrays that large are G1 humongous objects, each needing free regions
     * side by side, and the heap grew to find them (README: Performance, memory).
     */
    private void gzip(CachedFleet fleet, OutputStream file) throws IOException {
        // The fastest level: measured on the 5,000-instance fleet, a file about a quarter larger than
        // the default level's (1.6 MB against 1.35 MB of 14.9 MB JSON) for about a third less save time.
        // Closed on failure too: the compressor's native memory is freed now, not when GC finds it.
        try (OutputStream out = new GZIPOutputStream(file, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            mapper.writeValue(out, fleet);
        }
    }

    private static InputStream gunzip(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new GZIPInputStream(in, 64 * 1024);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
