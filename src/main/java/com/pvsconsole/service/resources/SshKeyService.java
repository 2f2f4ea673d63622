package com.pvsconsole.service.resources;

import static com.pvsconsole.service.task.ApiCalls.cancellable;

import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.task.BackgroundTask;
import com.pvsconsole.service.task.TaskExecutor;
import com.pvsconsole.service.task.TaskHandle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

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

    /** Lists the keys through {@code ctx}; {@code workspaceName} names the task in Activity. */
    public TaskHandle list(WorkspaceContext ctx, String workspaceName, Consumer<List<SshKey>> onLoaded,
                           Consumer<Problem> onFailure) {
        return executor.submit(BackgroundTask.of("Load SSH keys", workspaceName,
                        cancellable(token -> client.listSshKeys(ctx, token)))
                .onSuccess(onLoaded)
                .onFailure(onFailure));
    }

    public TaskHandle add(WorkspaceContext ctx, String name, String publicKey, Consumer<SshKey> onAdded,
                          Consumer<Problem> onFailure) {
        SshKey key = SshKey.builder().name(name).sshKey(publicKey).build();
        return executor.submit(BackgroundTask.of("Add SSH key", name,
                        cancellable(token -> client.createSshKey(ctx, key, token)))
                .onSuccess(onAdded)
                .onFailure(onFailure));
    }

    /**
     * Reads a public key file off the UI thread. Refuses anything over {@value #MAX_KEY_FILE_BYTES}
     * bytes: a public key is one short line, a bigger file is the wrong file.
     */
    public TaskHandle readKeyFile(Path file, Consumer<String> onRead, Consumer<Problem> onFailure) {
        return executor.submit(BackgroundTask.<String>of("Read key file", file.getFileName().toString(), context -> {
                    if (Files.size(file) > MAX_KEY_FILE_BYTES) {
                        throw new IOException("larger than " + MAX_KEY_FILE_BYTES + " bytes");
                    }
                    return Files.readString(file, StandardCharsets.UTF_8);
                })
                .quiet()
                .onSuccess(onRead)
                .onFailure(onFailure));
    }

    public TaskHandle delete(WorkspaceContext ctx, String name, Runnable onDone, Consumer<Problem> onFailure) {
        return executor.submit(BackgroundTask.of("Delete SSH key", name,
                        cancellable(token -> {
                            client.deleteSshKey(ctx, name, token);
                            return Boolean.TRUE;
                        }))
                .onSuccess(ignored -> onDone.run())
                .onFailure(onFailure));
    }
}
