package com.pvsconsole.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.api.http.JsonMapper;
import com.pvsconsole.api.model.PvmInstances;
import java.io.InputStream;

/**
 * Prints how long decoding a large instance list takes (not a test: run it by hand).
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) com.pvsconsole.api.bench.DecodeBenchmark}
 */
public final class DecodeBenchmark {

    private DecodeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        ObjectMapper json = JsonMapper.create();
        JsonNode one;
        try (InputStream in = DecodeBenchmark.class.getResourceAsStream("/api-fixtures/pvm-instances.json")) {
            one = json.readTree(in).path("pvmInstances").get(0);
        }
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putArray("pvmInstances");
        for (int i = 0; i < count; i++) {
            list.add(((ObjectNode) one.deepCopy()).put("pvmInstanceID", "vm-" + i));
        }
        byte[] body = json.writeValueAsBytes(root);
        for (int i = 0; i < 20; i++) {
            json.readValue(body, PvmInstances.class); // warm-up
        }
        int rounds = 20;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            json.readValue(body, PvmInstances.class);
        }
        double millis = (System.nanoTime() - started) / 1e6 / rounds;
        System.out.printf("Decoded %d full PVMInstanceReference records (%d KiB) in %.1f ms per list%n", count,
                body.length / 1024, millis);
    }
}
