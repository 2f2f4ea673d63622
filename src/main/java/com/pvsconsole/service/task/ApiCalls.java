package com.pvsconsole.service.task;

import com.pvsconsole.api.CancellationToken;
import java.util.function.Function;

/** Adapts a blocking client call to task work whose cancellation reaches the socket. */
public final class ApiCalls {

    private ApiCalls() {
    }

    /**
     * Work that gives the call a fresh {@link CancellationToken} tied to the task: cancelling the
     * task cancels the token, which cancels the in-flight HTTP call.
     */
    public static <T> TaskWork<T> cancellable(Function<CancellationToken, T> call) {
        return context -> {
            CancellationToken token = new CancellationToken();
            context.onCancel(token::cancel);
            return call.apply(token);
        };
    }
}
