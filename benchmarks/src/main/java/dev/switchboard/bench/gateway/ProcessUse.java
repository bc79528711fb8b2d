package dev.switchboard.bench.gateway;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What a server process uses, read from Linux' /proc: resident memory (VmRSS) and CPU time, and the machine's busy
 * time to tell the server's share from this JVM's (broker, producer, agents) and other processes' on a shared
 * machine. Off Linux, memory and the machine's share read as zero.
 */
final class ProcessUse {

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on every Linux we run on
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final ProcessHandle server;

    /** The server's JVM: the process itself, or the java below it when it was started through a wrapper. */
    ProcessUse(ProcessHandle started) {
        this.server = isJava(started) ? started
                : started.descendants().filter(ProcessUse::isJava).findFirst().orElse(started);
    }

    long pid() {
        return server.pid();
    }

    /** VmRSS of the server, in MiB. */
    double rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(server.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process is gone.
        }
        return 0;
    }

    /**
     * VmRSS once {@code jcmd GC.run} has made the server collect its garbage (G1 then gives back what it no longer
     * needs): what the sockets themselves hold, less what happens to be uncollected.
     */
    double rssAfterFullGcMegabytes() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(server.pid()), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
                return 0;
            }
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        return rssMegabytes();
    }

    Cpu cpu() {
        return new Cpu(System.nanoTime(), server.info().totalCpuDuration().map(Duration::toNanos).orElse(0L),
                OS.getProcessCpuTime(), machineBusyNanos());
    }

    /** CPU times at one instant; two make the cores each part used in between. */
    record Cpu(long wallNanos, long serverNanos, long benchNanos, long machineNanos) {

        Cores until(Cpu end) {
            double wall = end.wallNanos - wallNanos;
            double server = (end.serverNanos - serverNanos) / wall;
            double bench = (end.benchNanos - benchNanos) / wall;
            double machine = (end.machineNanos - machineNanos) / wall;
            return new Cores(server, bench, machine == 0 ? 0 : Math.max(0, machine - server - bench));
        }
    }

    /** Cores used by the server, by this JVM (broker, producer, agents' sockets) and by every other process. */
    record Cores(double server, double bench, double other) {
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/java")).orElse(false);
    }

    private static long machineBusyNanos() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            // user nice system idle iowait irq softirq steal: everything but idle and iowait.
            for (int i = 1; i <= 8 && i < cpu.length; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
