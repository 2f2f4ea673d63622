package com.pvsconsole.service.accounts;

import java.util.HashMap;
import java.util.Map;

/** An in-memory keychain backend that records what it holds, so tests can look inside. */
public class FakeKeychain implements KeychainBackend {

    final Map<String, String> entries = new HashMap<>();
    boolean closed;

    @Override
    public String read(String service, String account) {
        return entries.get(service + "/" + account);
    }

    @Override
    public void write(String service, String account, String value) {
        entries.put(service + "/" + account, value);
    }

    @Override
    public void delete(String service, String account) {
        entries.remove(service + "/" + account);
    }

    /** How many entries it holds (tests of adding and removing accounts). */
    public synchronized int size() {
        return entries.size();
    }

    @Override
    public String description() {
        return "fake keychain";
    }

    @Override
    public void close() {
        closed = true;
    }
}
