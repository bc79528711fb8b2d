package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    @Test
    void aChildThatDiesBeforeItIsReadyIsNamedWithTheEndOfItsLog(@TempDir Path logs) {
        try (ServiceProcess child = ServiceProcess.start("broken-service",
                ServiceProcess.java("32m", "-jar", logs.resolve("missing.jar").toString()), Map.of(),
                logs.resolve("broken-service.log"), line -> { })) {

            ServiceProcess.NotReady e = assertThrows(ServiceProcess.NotReady.class,
                    () -> child.awaitReady(FreePorts.next(), Duration.ofSeconds(30)));

            assertTrue(e.getMessage().startsWith("broken-service exited with code 1 before it was ready; the end of "
                    + logs.resolve("broken-service.log")), e.getMessage());
            assertTrue(e.getMessage().contains("missing.jar"), e.getMessage());
        }
    }

    @Test
    void aChildThatEndsByItselfLeavesItsExitCodeAndEveryLineInItsLogAndEcho(@TempDir Path logs) throws Exception {
        List<String> echoed = new CopyOnWriteArrayList<>();
        try (ServiceProcess child = ServiceProcess.start("tool", ServiceProcess.java("32m", "-version"), Map.of(),
                logs.resolve("tool.log"), echoed::add)) {

            assertTrue(child.endsWithin(Duration.ofSeconds(30)));

            assertEquals(0, child.exitCode());
            List<String> logged = Files.readAllLines(logs.resolve("tool.log"));
            assertTrue(logged.stream().anyMatch(line -> line.contains("version")), logged.toString());
            assertEquals(logged, echoed);
        }
    }
}
