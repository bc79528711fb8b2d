package dev.switchboard.local.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One child process (a service or the broker) whose output, stdout and stderr together, goes line by line to its
 * own log file and to an optional echo (the merged console log).
 */
public final class ServiceProcess {

    private static final Path SETSID = Arrays.stream(new String[] { "/usr/bin/setsid", "/bin/setsid" })
            .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Thread pump;

    private ServiceProcess(String name, Process process, Path logFile, Thread pump) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pump = pump;
    }

    /**
     * Starts {@code command} with {@code environment} added to the launcher's own, in the log file's folder.
     * Where {@code setsid} exists the child gets a session of its own, so a Ctrl-C on the terminal reaches only the
     * launcher, which then stops the children in order (services first, the broker last).
     */
    public static ServiceProcess start(String name, List<String> command, Map<String, String> environment,
            Path logFile, Consumer<String> echo) {
        try {
            Files.createDirectories(logFile.getParent());
            List<String> full = new ArrayList<>();
            if (SETSID != null) {
                full.add(SETSID.toString());
            }
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(logFile.getParent().toFile())
                    .redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            Writer log;
            try {
                log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                process.destroyForcibly();
                throw e;
            }
            Thread pump = new Thread(() -> copyLines(process, log, echo), name + "-output");
            pump.setDaemon(true);
            pump.start();
            return new ServiceProcess(name, process, logFile, pump);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** {@code java} from the JDK running the launcher, with a heap cap, then {@code arguments}. */
    public static List<String> java(String heap, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.addAll(List.of(arguments));
        return command;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Meaningful once the process has ended. */
    public int exitCode() {
        return process.exitValue();
    }

    /** Completes when the process has ended and its last line is in the log. */
    public CompletableFuture<ServiceProcess> onExit() {
        return process.onExit().thenApply(p -> {
            awaitPump();
            return this;
        });
    }

    /** Asks the process to stop (SIGTERM), and kills it when it has not within {@code grace}. */
    public void stop(Duration grace) {
        terminate();
        awaitExit(grace);
    }

    /** Asks every process to stop at once, then waits for each: stopping in parallel keeps Ctrl-C quick. */
    public static void stopAll(List<ServiceProcess> processes, Duration grace) {
        processes.forEach(ServiceProcess::terminate);
        processes.forEach(p -> p.awaitExit(grace));
    }

    /** The last {@code lines} lines of the log, for error messages. */
    public String tail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(0, length - 64 * 1024);
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            List<String> all = List.of(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(the log " + logFile + " could not be read: " + e.getMessage() + ")";
        }
    }

    /**
     * SIGTERM through the process handle: {@code Process.destroy()} would also close our end of the child's output,
     * losing everything it logs while it shuts down.
     */
    private void terminate() {
        process.toHandle().destroy();
    }

    private void awaitExit(Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
            awaitPump();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitPump() {
        try {
            pump.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copyLines(Process process, Writer log, Consumer<String> echo) {
        try (log; BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                log.write(line);
                log.write('\n');
                log.flush();
                echo.accept(line);
            }
        } catch (IOException e) {
            // The process is gone and so is its output; its exit code says the rest.
        }
    }
}
