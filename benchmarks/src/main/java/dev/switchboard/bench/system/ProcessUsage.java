package dev.switchboard.bench.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one child process has used, read from Linux's {@code /proc/<pid>/status} (resident set, {@code VmRSS}) and
 * {@code /proc/<pid>/stat} (user + system CPU time). Elsewhere, or once the process is gone, it reads zero.
 */
record ProcessUsage(long rssBytes, long cpuNanos) {

    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on every Linux we run on

    static ProcessUsage of(long pid) {
        return new ProcessUsage(rss(pid), cpu(pid));
    }

    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    // "VmRSS:    123456 kB"
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
                }
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long cpu(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name, in parentheses, may hold spaces: fields are counted after its closing one.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            // After the name: state(3) ... utime(14) stime(15), i.e. indexes 11 and 12 here.
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
