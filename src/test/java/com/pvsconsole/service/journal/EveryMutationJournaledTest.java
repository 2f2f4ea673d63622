package com.pvsconsole.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.testsupport.SimulatedWorkspace;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Every method of {@link PowerVsClient}, called through reflection (so methods added later are
 * included without editing this test), against the simulator: each POST, PUT, PATCH or DELETE that
 * leaves the client must find its PENDING journal entry already written at the moment it is sent,
 * and be journaled exactly once.
 */
class EveryMutationJournaledTest {

    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Test
    void should_journal_every_mutating_request_of_every_client_method_before_it_is_sent() throws Exception {
        try (SimulatedWorkspace sim = SimulatedWorkspace.start(1000)) {
            ActionJournal journal = ActionJournal.inMemory(java.time.Clock.systemUTC());
            List<String> sent = Collections.synchronizedList(new ArrayList<>());
            List<String> unjournaled = Collections.synchronizedList(new ArrayList<>());
            OkHttpClient watching = new OkHttpClient.Builder().addInterceptor(chain -> {
                String method = chain.request().method();
                String path = chain.request().url().encodedPath();
                if (MUTATING.contains(method) && !path.startsWith("/identity/")) {
                    sent.add(method + " " + path);
                    boolean written = journal.entries().stream().anyMatch(e -> e.state() == JournalState.PENDING
                            && method.equals(e.essentials().get("method"))
                            && path.equals(okhttp3.HttpUrl.parse("http://x" + e.essentials().get("path"))
                                    .encodedPath()));
                    if (!written) {
                        unjournaled.add(method + " " + path);
                    }
                }
                return chain.proceed(chain.request());
            }).build();
            JournalingObserver observer = new JournalingObserver(journal, "probe account");
            PowerVsClient client = OkHttpPowerVsClient.create(sim.clientConfig().httpClient(watching)
                    .mutationObserver(observer).build());
            observer.checkWith(client);

            Set<String> methodsThatSent = new TreeSet<>();
            for (Method method : PowerVsClient.class.getMethods()) {
                if (Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                int before = sent.size();
                try {
                    method.invoke(client, arguments(method, sim.context()));
                } catch (InvocationTargetException refusedIsFine) {
                    // made-up ids are refused by the simulator; what matters is what was sent and journaled
                }
                if (sent.size() > before) {
                    methodsThatSent.add(method.getName());
                }
            }

            assertThat(unjournaled).as("sent without a journal entry written first").isEmpty();
            assertThat(journal.entries()).as("one entry per mutating request, no resend").hasSize(sent.size());
            assertThat(journal.unsettled()).as("every entry settled").isEmpty();
            // the enumeration really reached the client's mutating calls, not just a few of them (createInstance
            // and createNetwork check their made-up bodies before sending; JournaledClientSimTest sends a create)
            assertThat(methodsThatSent).contains("performInstanceAction", "updateInstance",
                    "deleteInstance", "captureInstance", "createVolume", "attachVolume", "detachVolume",
                    "deleteVolume", "updateVolume", "cloneVolumes", "createSnapshot", "restoreSnapshot",
                    "deleteSnapshot", "deleteNetwork", "createNetworkInterface",
                    "deleteNetworkInterface", "createSharedProcessorPool", "deleteSharedProcessorPool",
                    "createPlacementGroup", "createImage", "deleteImage", "createSshKey", "deleteSshKey");
            assertThat(methodsThatSent).allMatch(name -> !name.startsWith("list") && !name.startsWith("get"));
        }
    }

    private static Object[] arguments(Method method, WorkspaceContext ctx) {
        return Arrays.stream(method.getParameterTypes()).map(type -> value(type, ctx)).toArray();
    }

    private static Object value(Class<?> type, WorkspaceContext ctx) {
        if (type == WorkspaceContext.class) {
            return ctx;
        }
        if (type == RegionEndpoint.class) {
            return ctx.endpoint();
        }
        if (type == CancellationToken.class) {
            return CancellationToken.none();
        }
        if (type == String.class) {
            return "probe-1";
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == double.class || type == Double.class) {
            return 10.0;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == Instant.class) {
            return Instant.now();
        }
        if (type == List.class) {
            return List.of("probe-1");
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return record(type, ctx);
        }
        return null;
    }

    /** A request body with every component set to a plain value (the simulator may refuse it; fine). */
    private static Object record(Class<?> type, WorkspaceContext ctx) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(t -> t.isRecord() ? null : value(t, ctx)).toArray();
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }
}
