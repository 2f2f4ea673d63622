package com.pvsconsole.testsupport;

import com.pvsconsole.api.PowerVsClient;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wraps a real client and remembers every method called on it, so a test can prove what the
 * console sent (or that it sent nothing) while the calls still reach the simulator.
 */
public final class RecordingClient {

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final PowerVsClient proxy;

    public RecordingClient(PowerVsClient real) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(real, args);
            }
            calls.add(method.getName());
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        this.proxy = (PowerVsClient) Proxy.newProxyInstance(PowerVsClient.class.getClassLoader(),
                new Class<?>[] {PowerVsClient.class}, handler);
    }

    public PowerVsClient client() {
        return proxy;
    }

    public long count(String method) {
        return calls.stream().filter(method::equals).count();
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }
}
