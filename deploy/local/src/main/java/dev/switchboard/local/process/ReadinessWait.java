package dev.switchboard.local.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.switchboard.local.LaunchException;

/**
 * Waits for a service's {@code /q/health/ready} to answer 200, within a bound. When the service dies or the bound
 * passes, the failure names the service and quotes the end of its log, which is where the reason is.
 */
public final class ReadinessWait {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final int TAIL_LINES = 25;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Duration bound;

    public ReadinessWait(Duration bound) {
        this.bound = bound;
    }

    public static URI readyUri(int port) {
        return URI.create("http://127.0.0.1:" + port + "/q/health/ready");
    }

    public void untilReady(ServiceProcess service, URI ready) {
        long deadline = System.nanoTime() + bound.toNanos();
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            if (!service.isAlive()) {
                service.onExit().join();
                throw new LaunchException(service.name() + " exited with code " + service.exitCode()
                        + " before it was ready; the end of " + service.logFile() + ":\n" + service.tail(TAIL_LINES));
            }
            if (answersOk(request)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new LaunchException(service.name() + " did not become ready within " + bound.toSeconds()
                        + " s (" + ready + "); the end of " + service.logFile() + ":\n" + service.tail(TAIL_LINES));
            }
            pause();
        }
    }

    private boolean answersOk(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for the services to be ready.");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for the services to be ready.");
        }
    }
}
