package com.pvsconsole.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.region.LoopbackDns;
import com.pvsconsole.sim.state.ScalePlan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * P5: the console's client listing and decoding 5,000 instances ({@code listInstances}) vs raw
 * OkHttp fetching the same bytes from the same simulator and Jackson's {@code readTree} of them.
 * Both sides pay the simulator and the loopback; the difference is the client's own cost.
 * Warm-up rounds first (JIT), then interleaved rounds; medians.
 */
final class ListDecodeFigure implements Measurement {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String id() {
        return "P5";
    }

    @Override
    public Figure measure(BenchOptions options) throws IOException {
        int instances = options.small() ? 500 : 5000;
        int warmups = options.runs(5, 2);
        int runs = options.runs(9, 3);
        try (SimulatedAccount account = new SimulatedAccount(ScalePlan.parse("instances=" + instances
                + ",volumes=" + instances + ",networks=" + Math.max(1, instances / 10)), null)) {
            RawList raw = new RawList(account);
            List<Double> client = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            int[] decoded = new int[1];
            int[] parsed = new int[1];
            for (int round = 0; round < warmups + runs; round++) {
                // Alternate which side goes first, so neither always inherits the other's garbage.
                boolean clientFirst = round % 2 == 0;
                double rawMs = clientFirst ? 0 : timed(() -> parsed[0] = raw.fetchAndParse().get("pvmInstances").size());
                double clientMs = timed(() -> decoded[0] = account.client().listInstances(account.ctx(),
                        CancellationToken.none()).size());
                if (clientFirst) {
                    rawMs = timed(() -> parsed[0] = raw.fetchAndParse().get("pvmInstances").size());
                }
                if (decoded[0] != instances || parsed[0] != instances) {
                    throw new IllegalStateException("listed " + decoded[0] + " and " + parsed[0] + " instances, not "
                            + instances);
                }
                if (round >= warmups) {
                    client.add(clientMs);
                    floor.add(rawMs);
                }
            }
            return Figure.ratio(id(), "client list+decode of " + String.format(Locale.ROOT, "%,d", instances)
                    + " instances vs raw OkHttp+readTree of the same bytes", Stats.median(client), Stats.median(floor),
                    "ms", 1.3, warmups + " warm-up + " + runs + " rounds (order alternating), medians, " + raw.kilobytes() + " kB");
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private static double timed(Step step) throws IOException {
        long started = System.nanoTime();
        step.run();
        return Stats.millisSince(started);
    }

    /** The floor: the same GET with plain OkHttp and a tree parse, nothing else. */
    private static final class RawList {
        private final OkHttpClient http = new OkHttpClient.Builder().dns(new LoopbackDns()).build();
        private final Request request;
        private int bytes;

        RawList(SimulatedAccount account) throws IOException {
            String token;
            Request login = new Request.Builder().url(account.sim().iamUrl() + "/identity/token")
                    .post(new FormBody.Builder().add("grant_type", "urn:ibm:params:oauth:grant-type:apikey")
                            .add("apikey", account.sim().apiKey()).build()).build();
            try (Response response = http.newCall(login).execute()) {
                token = JSON.readTree(response.body().bytes()).get("access_token").asText();
            }
            String workspace = account.ctx().cloudInstanceId();
            request = new Request.Builder()
                    .url(account.sim().regionUrl(account.ctx().endpoint().region()) + "/pcloud/v1/cloud-instances/"
                            + workspace + "/pvm-instances")
                    .header("Authorization", "Bearer " + token)
                    .header("CRN", account.ctx().crn().format())
                    .header("Accept", "application/json")
                    .build();
        }

        JsonNode fetchAndParse() throws IOException {
            try (Response response = http.newCall(request).execute()) {
                byte[] body = response.body().bytes();
                if (response.code() != 200) {
                    throw new IOException("raw list answered " + response.code());
                }
                bytes = body.length;
                return JSON.readTree(body);
            }
        }

        int kilobytes() {
            return bytes / 1024;
        }
    }
}
