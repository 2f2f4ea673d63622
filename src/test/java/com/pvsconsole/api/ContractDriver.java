package com.pvsconsole.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.pvsconsole.api.http.JsonMapper;
import com.pvsconsole.api.model.CreateDataVolume;
import com.pvsconsole.api.model.CreateImage;
import com.pvsconsole.api.model.NetworkCreate;
import com.pvsconsole.api.model.PvmInstanceCapture;
import com.pvsconsole.api.model.PvmInstanceCreate;
import com.pvsconsole.api.model.PvmInstanceUpdate;
import com.pvsconsole.api.model.SshKey;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import mockwebserver3.RecordedRequest;

/**
 * Test-side helper for the contract test (package {@code contract}): runs every client call against a
 * recording {@link FakePowerVs} and hands back what went over the wire.
 */
public final class ContractDriver implements AutoCloseable {

    private static final CancellationToken NONE = CancellationToken.none();
    private final FakePowerVs fake = new FakePowerVs();
    private final PowerVsClient client = fake.client();
    private final Set<String> calledMethods = new LinkedHashSet<>();
    private final ObjectMapper json = JsonMapper.create();

    /** A request sent with a body read from a fully populated fixture. */
    public record FullRequest(String fixture, String fixtureJson, RecordedRequest recorded) {
    }

    /** A request and the answer the client accepted for it. */
    public record Exchange(RecordedRequest request, int status, String responseBody) {
    }

    /** Calls every client method once (the same table as {@code ClientCallsTest}) and returns the exchanges. */
    public List<Exchange> driveEveryMethod() {
        List<Exchange> exchanges = new ArrayList<>();
        ClientCallsTest.cases().forEach(c -> {
            String answer = c.fixture() == null ? "{}" : FakePowerVs.readFixture(c.fixture());
            fake.enqueue(FakePowerVs.json(c.status(), answer));
            c.call().accept(client);
            calledMethods.add(c.name().split(" ")[0]);
            exchanges.add(new Exchange(fake.lastApiRequest(), c.status(), answer));
        });
        return exchanges;
    }

    public Set<String> calledMethods() {
        return calledMethods;
    }

    /** Sends each request model, filled with every field the definition names, through its client method. */
    public List<FullRequest> sendFullRequests() throws IOException {
        List<FullRequest> sent = new ArrayList<>();
        sent.add(send("request-pvm-instance-create", "pvm-instance-list", 201, PvmInstanceCreate.class,
                body -> client.createInstance(FakePowerVs.CTX, body, NONE)));
        sent.add(send("request-pvm-instance-update", "pvm-instance-update-response", 202, PvmInstanceUpdate.class,
                body -> client.updateInstance(FakePowerVs.CTX, "vm-1", body, NONE)));
        sent.add(send("request-create-data-volume", "volume", 202, CreateDataVolume.class,
                body -> client.createVolume(FakePowerVs.CTX, body, NONE)));
        sent.add(send("request-network-create", "network", 201, NetworkCreate.class,
                body -> client.createNetwork(FakePowerVs.CTX, body, NONE)));
        sent.add(send("request-pvm-instance-capture", "job-reference", 202, PvmInstanceCapture.class,
                body -> client.captureInstance(FakePowerVs.CTX, "vm-1", body, NONE)));
        sent.add(send("request-create-image", "image", 201, CreateImage.class,
                body -> client.createImage(FakePowerVs.CTX, body, NONE)));
        sent.add(send("request-ssh-key", "ssh-key", 201, SshKey.class,
                body -> client.createSshKey(FakePowerVs.CTX, body, NONE)));
        return sent;
    }

    private <T> FullRequest send(String fixture, String answer, int status, Class<T> type, Consumer<T> call)
            throws IOException {
        String text = FakePowerVs.readFixture(fixture);
        fake.enqueue(FakePowerVs.fixture(status, answer));
        call.accept(json.readValue(text, type));
        return new FullRequest(fixture, text, fake.lastApiRequest());
    }

    @Override
    public void close() {
        fake.close();
    }
}
