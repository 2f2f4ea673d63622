package com.pvsconsole.service.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The JVM's old generation ({@code G1 Old Gen}, or the tenured pool of another collector) through
 * {@code java.management} only (the installed runtime has no {@code jdk.management}, so no per-collection
 * notifications): a collection-usage threshold on the pool, so the JVM itself reports the first collection
 * that leaves it above the line, costing nothing until then; from that moment the pool's usage after the
 * latest collection is read every {@link #RECHECK} on one daemon thread, so a drop back is seen too.
 * Without such a pool (an unusual collector) it reports nothing.
 */
public final class OldGenerationReadings implements HeapReadings {

    static final Duration RECHECK = Duration.ofSeconds(5);

    @Override
    public AutoCloseable watch(double thresholdFraction, Consumer<HeapReading> listener) {
        Optional<MemoryPoolMXBean> found = oldGeneration();
        if (found.isEmpty() || found.get().getUsage().getMax() <= 0) {
            return () -> { };
        }
        MemoryPoolMXBean pool = found.get();
        pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * thresholdFraction));
        ScheduledExecutorService recheck = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pvs-heap-guard");
            thread.setDaemon(true);
            return thread;
        });
        NotificationEmitter memory = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        NotificationListener crossed = new NotificationListener() {
            private boolean rechecking;

            @Override
            public synchronized void handleNotification(javax.management.Notification notification, Object handback) {
                if (!MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                    return;
                }
                MemoryNotificationInfo info = MemoryNotificationInfo.from((CompositeData) notification.getUserData());
                if (!info.getPoolName().equals(pool.getName())) {
                    return;
                }
                listener.accept(reading(info.getUsage()));
                if (!rechecking) {
                    rechecking = true;
                    recheck.scheduleWithFixedDelay(() -> {
                        MemoryUsage after = pool.getCollectionUsage();
                        if (after != null) {
                            listener.accept(reading(after));
                        }
                    }, RECHECK.toMillis(), RECHECK.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        };
        memory.addNotificationListener(crossed, null, null);
        return () -> {
            recheck.shutdownNow();
            try {
                memory.removeNotificationListener(crossed);
            } catch (ListenerNotFoundException e) {
                // already removed: nothing to undo
            }
        };
    }

    private static HeapReading reading(MemoryUsage usage) {
        return new HeapReading(usage.getUsed(), usage.getMax());
    }

    /** The heap pool that outlives collections: named old or tenured, else the largest with collection usage. */
    static Optional<MemoryPoolMXBean> oldGeneration() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .toList();
        return heap.stream().filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .findFirst()
                .or(() -> heap.stream().max(Comparator.comparingLong(p -> p.getUsage().getMax())));
    }
}
