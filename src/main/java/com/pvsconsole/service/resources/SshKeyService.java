package com.pvsconsole.service.resources;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.Pending;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The account's SSH keys (shared by every workspace of the tenant): list, add and delete. UI thread only. */
public final class SshKeyService {

    /** Largest file taken as a public key (a 16384-bit RSA key line is about 2.8 KB). */
    public static final int MAX_KEY_FILE_BYTES = 16 * 1024;

    private final PowerVsClient client;
    private final TaskExecutor executor;

    public SshKeyService(PowerVsClient client, TaskExecutor executor) {
        this.client = client;
        this.executor = executor;
    }

    public Pending<SshKey> add(WorkspaceScope scope, String name, String publicKey) {
        SshKey key = SshKey.builder().name(name).sshKey(publicKey).build();
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Add SSH key", name,
                cancellable(token -> client.createSshKey(ctx, key, token))));
    }

    /**
     * Reads a public key file off the UI thread. Refuses anything over {@value #MAX_KEY_FILE_BYTES}
     * bytes: a public key is one short line, a bigger file is the wrong file.
     */
    public Pending<String> readKeyFile(Path file) {
        return executor.start(BackgroundTask.<String>of("Read key file", file.getFileName().toString(), context -> {
                    if (Files.size(file) > MAX_KEY_FILE_BYTES) {
                        throw new IOException("larger than " + MAX_KEY_FILE_BYTES + " bytes");
                    }
                    return Files.readString(file, StandardCharsets.UTF_8);
                })
                .quiet());
    }

    public Pending<Boolean> delete(WorkspaceScope scope, String name) {
        WorkspaceContext ctx = scope.context();
        return executor.start(BackgroundTask.of("Delete SSH key", name,
                cancellable(token -> {
                    client.deleteSshKey(ctx, name, token);
                    return Boolean.TRUE;
                })));
    }
}
