package com.pvsconsole.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.sim.PowerVsSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Counts the mutating Power VS requests (anything but GET under {@code /pcloud/}; IAM's token grants left out) the simulator received, read from its {@code /_sim/requests}
 * over HTTP: what a test uses to show a dialog offered its code before anything was sent.
 */
public final class SimMutations {

    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimMutations() {
    }

    public static long count(PowerVsSimulator sim) {
        Request request = new Request.Builder().url(sim.baseUrl() + "/_sim/requests").build();
        try (Response response = HTTP.newCall(request).execute()) {
            JsonNode requests = JSON.readTree(response.body().string()).path("requests");
            long mutations = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = requests.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getKey().startsWith("GET ") && entry.getKey().contains(" /pcloud/")) {
                    mutations += entry.getValue().asLong();
                }
            }
            return mutations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
