package com.pvsconsole.reliability;

import com.pvsconsole.api.region.LoopbackDns;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dns;

/**
 * The client's resolver with a switch: while failing, a region host {@code us-south.localhost} is looked up as
 * {@code us-south.invalid} by the system resolver, which never resolves a {@code .invalid} name (RFC 6761), so
 * the client meets a real resolver failure; restored, names resolve to the simulator again.
 */
final class SwitchableDns implements Dns {

    private static final int UNTIL_RESTORED = Integer.MAX_VALUE;

    private final Dns loopback = new LoopbackDns();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    void failNext(int lookups) {
        failuresLeft.set(lookups);
    }

    void failUntilRestored() {
        failuresLeft.set(UNTIL_RESTORED);
    }

    void restore() {
        failuresLeft.set(0);
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        String host = hostname.toLowerCase(Locale.ROOT);
        boolean regionHost = host.endsWith(".localhost");
        if (regionHost && failuresLeft.getAndUpdate(n -> n == UNTIL_RESTORED ? n : Math.max(0, n - 1)) > 0) {
            return Dns.SYSTEM.lookup(host.substring(0, host.length() - ".localhost".length()) + ".invalid");
        }
        return loopback.lookup(hostname);
    }
}
