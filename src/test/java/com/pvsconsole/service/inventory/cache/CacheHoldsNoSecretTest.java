package com.pvsconsole.service.inventory.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.testsupport.SecretScanner;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No key or token ever goes in the inventory cache. */
class CacheHoldsNoSecretTest {

    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(apikey|api_key|token|secret|password|passphrase|credential|authorization|bearer).*");

    @TempDir
    Path folder;

    @Test
    void should_save_a_fleet_loaded_with_a_real_key_without_the_key_or_any_issued_token() {
        // given a fleet read through the real client, which fetched IAM tokens with a known key
        Path cacheFolder = folder.resolve("cache");
        InventoryCache cache = new InventoryCache(cacheFolder, Clock.systemUTC());
        List<String> secrets = new ArrayList<>();
        CachedFleet fleet;
        try (SimulatedFleet sim = new SimulatedFleet(0)) {
            fleet = cache.snapshot(sim.sim().accountId(), sim.load());
            secrets.add(SimulatedFleet.API_KEY);
            secrets.addAll(sim.sim().issuedAccessTokens());
        }
        assertThat(secrets).hasSizeGreaterThan(1);

        // when
        cache.save(fleet);

        // then the file holds the fleet (the scan reads it), and neither the key nor a token
        String someCrn = fleet.workspaces().get(0).instances().get(0).crn();
        assertThat(SecretScanner.filesContaining(cacheFolder, someCrn)).hasSize(1);
        assertThat(SecretScanner.filesContaining(cacheFolder, secrets.toArray(String[]::new))).isEmpty();
    }

    @Test
    void should_be_caught_by_the_scan_if_a_key_slipped_into_a_snapshot() {
        // given a snapshot where the key sits in a field, as a careless change could put it
        Path cacheFolder = folder.resolve("cache");
        InventoryCache cache = new InventoryCache(cacheFolder, Clock.systemUTC());
        CachedFleet small = InventoryCacheTest.smallFleet("acct", java.time.Instant.now());
        CachedWorkspace first = small.workspaces().get(0);
        Workspace leaked = new Workspace(null, null, first.workspace().id(), null, SimulatedFleet.API_KEY, null, null);

        // when
        cache.save(CachedFleet.of("acct", small.savedAt(), List.of(new CachedWorkspace(first.region(),
                first.endpointType(), leaked, first.instances(), first.volumes(), first.networks(), first.loadedAt()))));

        // then the same scan finds it (so the test above can fail)
        assertThat(SecretScanner.filesContaining(cacheFolder, SimulatedFleet.API_KEY)).hasSize(1);
    }

    @Test
    void should_have_no_field_that_could_hold_a_credential_anywhere_in_a_snapshot() {
        // given every record type a snapshot can reach
        Set<Class<?>> reachable = new HashSet<>();
        collect(CachedFleet.class, reachable);

        // then each is a plain value or a record of the api model or this package,
        // and no component is named like a credential
        for (Class<?> type : reachable) {
            String pkg = type.getPackageName();
            assertThat(pkg.startsWith("java.") || pkg.equals("com.pvsconsole.api.model")
                    || pkg.equals(CachedFleet.class.getPackageName())
                    || type == com.pvsconsole.api.EndpointType.class)
                    .as("%s may appear in the cache", type.getName()).isTrue();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    assertThat(component.getName()).as("%s.%s", type.getSimpleName(), component.getName())
                            .doesNotMatch(SECRET_NAME);
                }
            }
        }
    }

    private static void collect(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, seen);
            }
        } else if (type instanceof Class<?> plain && seen.add(plain) && plain.isRecord()) {
            for (RecordComponent component : plain.getRecordComponents()) {
                collect(component.getGenericType(), seen);
            }
        }
    }
}
