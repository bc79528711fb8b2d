package dev.switchboard.bench.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * Where the machine's CPU went during a step, in cores: the service under test, the load driver (its event-loop
 * thread), the rest of this JVM (the in-process broker, GC, JIT) and every other process on the machine.
 * Linux only ({@code /proc/stat}); elsewhere the machine share reads as zero.
 */
public record CpuSplit(double service, double driver, double brokerAndJvm, double otherProcesses) {

    static final int CORES = Runtime.getRuntime().availableProcessors();

    double total() {
        return service + driver + brokerAndJvm + otherProcesses;
    }

    @Override
    public String toString() {
        return String.format("service %.2f, broker+JVM %.2f, driver %.2f, other processes %.2f (of %d cores)",
                service, brokerAndJvm, driver, otherProcesses, CORES);
    }

    /** CPU times at one instant; two of them make a split. */
    record Sample(long wallNanos, long machineBusyNanos, long jvmNanos, long driverNanos, long serviceNanos) {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on every Linux we run on

        static Sample take(ProcessHandle service) {
            return new Sample(System.nanoTime(), readMachineBusyNanos(), OS.getProcessCpuTime(), readDriverNanos(),
                    service.info().totalCpuDuration().map(Duration::toNanos).orElse(0L));
        }

        CpuSplit until(Sample end) {
            double wall = end.wallNanos - wallNanos;
            double service = (end.serviceNanos - serviceNanos) / wall;
            double driver = (end.driverNanos - driverNanos) / wall;
            double jvm = (end.jvmNanos - jvmNanos) / wall;
            double machine = (end.machineBusyNanos - machineBusyNanos) / wall;
            return new CpuSplit(service, driver, Math.max(0, jvm - driver),
                    machine == 0 ? 0 : Math.max(0, machine - jvm - service));
        }

        private static long readDriverNanos() {
            ThreadInfo[] infos = THREADS.getThreadInfo(THREADS.getAllThreadIds());
            return Arrays.stream(infos)
                    .filter(info -> info != null && info.getThreadName().startsWith("vert.x-eventloop"))
                    .mapToLong(info -> Math.max(0, THREADS.getThreadCpuTime(info.getThreadId())))
                    .sum();
        }

        private static long readMachineBusyNanos() {
            try {
                // cpu  user nice system idle iowait irq softirq steal ...
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3])
                        + Long.parseLong(f[6]) + Long.parseLong(f[7]) + Long.parseLong(f[8]);
                return busy * NANOS_PER_TICK;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
