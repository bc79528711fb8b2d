package dev.switchboard.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.switchboard.local.demo.ChannelSample;
import dev.switchboard.local.demo.SampleMessage;
import dev.switchboard.testkit.FreePorts;
import dev.switchboard.testkit.PostgresDatabase;

/**
 * The command a newcomer runs, {@code deploy/local/switchboard --demo}, exactly as the README gives it (on free
 * ports and a throwaway data folder): everything starts, the demo agents receive and take the sample chats, and a
 * stop signal (what Ctrl-C does) leaves no process behind.
 */
class LauncherIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("switchboard.home", "../..")).toAbsolutePath()
            .normalize();

    @Test
    void theDemoRoutesEverySampleChatToADemoAgentAndAStopLeavesNothingRunning(@TempDir Path data) throws Exception {
        Preflight preflight = new Preflight();
        for (LocalService service : LocalService.values()) {
            preflight.requireBuilt(service.runJar(REPOSITORY), service.module());
        }
        Map<String, String> environment = new HashMap<>();
        for (LocalService service : LocalService.values()) {
            environment.put(service.portVariable(), Integer.toString(FreePorts.next()));
        }
        Path out = data.resolve("launcher.out");
        Path err = data.resolve("launcher.err");
        try (PostgresDatabase database = PostgresDatabase.create("launcher")) {
            ProcessBuilder command = new ProcessBuilder(REPOSITORY.resolve("deploy/local/switchboard").toString(),
                    "--demo", "--data", data.resolve("sb").toString(), "--database", database.name(),
                    "--kafka-port", Integer.toString(twoFreePorts()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            command.environment().putAll(environment);
            Process launcher = command.start();
            List<ProcessHandle> children = List.of();
            try {
                await().atMost(Duration.ofMinutes(3)).until(() -> read(out).contains("Switchboard is running")
                        || !launcher.isAlive());
                assertTrue(launcher.isAlive(), () -> "the launcher ended early: " + read(err) + "\n" + read(out));
                children = launcher.descendants().toList();
                assertEquals(7, children.size(), "a broker and six services");
                assertEquals(200, status(readyUri(environment, LocalService.ROUTER)));
                String routerPort = environment.get(LocalService.ROUTER.portVariable());
                String routerRow = "  router         " + routerPort + "  http://127.0.0.1:" + routerPort + "  ";
                assertTrue(read(out).contains(routerRow),
                        () -> "the table names each service, its port and URL:\n" + read(out));

                // Every sample, on every channel, is taken by a demo agent.
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(
                        SampleMessage.CHAT.size() + ChannelSample.ALL.size(),
                        count(read(out), " now holds conversation "), read(out)));
                assertFalse(read(out).contains("could not post"), () -> read(out));
            } finally {
                launcher.destroy();
                if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                    launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                    launcher.destroyForcibly();
                }
            }
            assertTrue(read(out).endsWith("==> Stopped.\n"), () -> read(out));
            for (ProcessHandle child : children) {
                assertFalse(child.isAlive(), child + " outlived the launcher");
            }
            assertEquals("", read(err));
        }
    }

    private static URI readyUri(Map<String, String> environment, LocalService service) {
        return URI.create("http://127.0.0.1:" + environment.get(service.portVariable()) + "/q/health/ready");
    }

    private static int status(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** A port whose next one is free too: the broker's controller takes it. */
    private static int twoFreePorts() {
        while (true) {
            int port = FreePorts.next();
            try (ServerSocket next = new ServerSocket(port + 1, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // Try another pair.
            }
        }
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
