package dev.switchboard.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a user meets it: a separate JVM, its exit code and exactly what it prints. */
class LauncherFailureTest {

    @Test
    void aTakenPortEndsTheLaunchWithOneSentenceAndNoStackTrace(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Process launcher = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    Launcher.class.getName(), "--data", data.toString(), "--kafka-port", Integer.toString(port)))
                    .start();
            launcher.getOutputStream().close();
            if (!launcher.waitFor(30, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
            assertEquals(1, launcher.exitValue());
            assertEquals("Port " + port + " (Kafka) is already in use: stop what holds it or pass --kafka-port.\n",
                    read(launcher.getErrorStream()));
            assertEquals("", read(launcher.getInputStream()));
        }
    }

    private static String read(java.io.InputStream stream) throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
}
