package dev.switchboard.bench.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.switchboard.testkit.ServiceProcess;

/**
 * Watches every child of the stack while a step runs: the peak resident set of each (sampled twice a second) and
 * the CPU time each used between {@link #begin} and {@link #end}.
 */
final class StackUsage implements AutoCloseable {

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> peakRss = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stack-usage");
        thread.setDaemon(true);
        return thread;
    });
    private Map<String, Long> cpuAtBegin = Map.of();

    StackUsage(Map<String, ServiceProcess> processes) {
        processes.forEach((name, process) -> pids.put(name, process.pid()));
        sampler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** One process in one window: its largest resident set and the CPU it used. */
    record Use(long peakRssBytes, double cpuSeconds) {
    }

    /** Starts a window: peaks are reset and CPU times noted. */
    synchronized void begin() {
        peakRss.clear();
        sample();
        Map<String, Long> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name, ProcessUsage.of(pid).cpuNanos()));
        cpuAtBegin = cpu;
    }

    /** Ends the window: each process's peak resident set in it and CPU used since {@link #begin}. */
    synchronized Map<String, Use> end() {
        sample();
        Map<String, Use> uses = new LinkedHashMap<>();
        pids.forEach((name, pid) -> uses.put(name, new Use(peakRss.getOrDefault(name, 0L),
                (ProcessUsage.of(pid).cpuNanos() - cpuAtBegin.getOrDefault(name, 0L)) / 1e9)));
        return uses;
    }

    private void sample() {
        pids.forEach((name, pid) -> peakRss.merge(name, ProcessUsage.of(pid).rssBytes(), Math::max));
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
