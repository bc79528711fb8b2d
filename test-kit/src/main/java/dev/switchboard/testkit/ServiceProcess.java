package dev.switchboard.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.function.IntPredicate;

/**
 * One child process (a service from its quarkus-run.jar, a broker, a tool) whose output, stdout and stderr together,
 * goes line by line to its own log file and to an optional echo (a merged console log). The local launcher, its
 * end-to-end tests and the whole-path benchmarks all run their children through it. Closing it stops the process.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);
    private static final int TAIL_LINES = 25;
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

    /** The running process, e.g. to read the CPU time it has used. */
    public ProcessHandle handle() {
        return process.toHandle();
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

    /** The health check every Quarkus service answers 200 on once it can serve. */
    public static URI readyUri(int port) {
        return URI.create("http://127.0.0.1:" + port + "/q/health/ready");
    }

    /** Waits for {@code /q/health/ready} on {@code port} to answer 200; see {@link #awaitHttp}. */
    public void awaitReady(int port, Duration bound) {
        awaitHttp(readyUri(port), status -> status == 200, bound);
    }

    /**
     * Waits until GET {@code uri} answers with a status {@code ready} accepts. When the process dies or
     * {@code bound} passes first, {@link NotReady} names it and quotes the end of its log, which is where the
     * reason is.
     */
    public void awaitHttp(URI uri, IntPredicate ready, Duration bound) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            if (!isAlive()) {
                onExit().join();
                throw new NotReady(name + " exited with code " + exitCode() + " before it was ready; the end of "
                        + logFile + ":\n" + tail(TAIL_LINES));
            }
            if (answers(http, request, ready)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new NotReady(name + " did not become ready within " + bound.toSeconds() + " s (" + uri
                        + "); the end of " + logFile + ":\n" + tail(TAIL_LINES));
            }
            pause();
        }
    }

    /** Waits up to {@code bound} for the process to end by itself; false if it still runs. */
    public boolean endsWithin(Duration bound) {
        try {
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
            awaitPump();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name + " to end.", e);
        }
    }

    /** Stops the process (SIGTERM, killed after ten seconds) if it still runs. */
    @Override
    public void close() {
        stop(CLOSE_GRACE);
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

    private static boolean answers(HttpClient http, HttpRequest request, IntPredicate ready) {
        try {
            return ready.test(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("Interrupted while waiting for a service to be ready.");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("Interrupted while waiting for a service to be ready.");
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

    /**
     * A child that died or did not answer in time, worded for the person who started it; no stack trace, because
     * the message (with the end of the child's log) is the whole story.
     */
    public static final class NotReady extends RuntimeException {

        public NotReady(String message) {
            super(message, null, false, false);
        }
    }
}
