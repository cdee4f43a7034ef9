package id.warta.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap while something runs: a sampler thread reads the used heap every few milliseconds, and
 * every collection reports the heap just before it (the true high-water marks the sampler may miss)
 * and just after it. "After" counts young collections too, after which G1 still holds old-generation
 * garbage until its next marking cycle: an upper bound on what is live, not the live set (at 30,000
 * articles `jmap -histo:live` found ~25-30 MB live while this read far more; docs/benchmarks.md).
 */
final class HeapPeak implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 5;

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final Thread sampler;
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private volatile boolean running = true;

    HeapPeak() {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) heapPools.add(pool.getName());
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            NotificationListener listener = (n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                peakUsed.accumulateAndGet(heap(info.getMemoryUsageBeforeGc(), heapPools), Math::max);
                peakLive.accumulateAndGet(heap(info.getMemoryUsageAfterGc(), heapPools), Math::max);
            };
            emitter.addNotificationListener(listener, null, null);
            unsubscribe.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            });
        }
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Heap pools only: the GC info also lists non-heap pools (metaspace, code cache). */
    private static long heap(java.util.Map<String, MemoryUsage> pools, java.util.Set<String> heapPools) {
        long total = 0;
        for (var e : pools.entrySet()) if (heapPools.contains(e.getKey())) total += e.getValue().getUsed();
        return total;
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Most heap in use at any moment seen, in bytes. */
    long peakUsed() {
        return peakUsed.get();
    }

    /** Most heap left right after a collection, in bytes (0 if no collection ran): live data plus garbage G1 has not yet marked. */
    long peakLive() {
        return peakLive.get();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
    }
}
