package com.pvsconsole.api.http;

import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/** Classifies I/O failures (no HTTP answer) into DNS, refused, TLS, timeout or generic network problems. */
public final class NetworkFailures {

    private NetworkFailures() {
    }

    public static PowerVsException fromIoException(ApiOperation operation, IOException e, boolean cancelled) {
        if (cancelled) {
            return cancelled(operation);
        }
        String hint = hintKey(e);
        if (OperationKind.of(operation) != OperationKind.READ) {
            // A change whose answer was lost (a timeout, or the connection broken after it was sent)
            // may have been made: the hint says to look before sending it again, not "try again".
            hint = switch (hint) {
                case "network.timeout" -> "network.timeout.write";
                case "network.io" -> "network.io.write";
                default -> hint; // no connection, name or certificate: it never reached the service
            };
        }
        return PowerVsException.builder(category(e), operation, hint)
                .detail(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()))
                .cause(e).build();
    }

    public static PowerVsException cancelled(ApiOperation operation) {
        return PowerVsException.builder(ErrorCategory.CANCELLED, operation, "cancelled").build();
    }

    private static ErrorCategory category(IOException e) {
        return isTimeout(e) ? ErrorCategory.TIMEOUT : ErrorCategory.NETWORK;
    }

    private static String hintKey(IOException e) {
        if (e instanceof UnknownHostException) {
            return "network.dns";
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "network.refused";
        }
        if (e instanceof SSLException) {
            return "network.tls";
        }
        return isTimeout(e) ? "network.timeout" : "network.io";
    }

    private static boolean isTimeout(IOException e) {
        // OkHttp reports its call timeout as InterruptedIOException("timeout").
        return e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
    }
}
