package com.pvsconsole.sim.state;

import java.util.Random;
import java.util.UUID;

/** Makes resource ids; seeded so a run with the same seed produces the same ids. */
public final class IdSource {

    private final Random random;

    public IdSource(long seed) {
        this.random = new Random(seed);
    }

    public synchronized String uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    public synchronized String hex(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }

    public synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
