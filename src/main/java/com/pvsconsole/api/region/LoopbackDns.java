package com.pvsconsole.api.region;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import okhttp3.Dns;

/**
 * Resolves {@code localhost} and every {@code *.localhost} name to the loopback address (RFC 6761), so
 * {@code http://us-south.localhost:PORT} reaches the local simulator on any OS; other names go to the system
 * resolver. The simulator routes by the Host header, which keeps the region name.
 */
public final class LoopbackDns implements Dns {

    private final Dns fallback;

    public LoopbackDns() {
        this(Dns.SYSTEM);
    }

    public LoopbackDns(Dns fallback) {
        this.fallback = fallback;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        String host = hostname.toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".localhost.")) {
            return List.of(InetAddress.getLoopbackAddress());
        }
        return fallback.lookup(hostname);
    }
}
