package dev.switchboard.bench.system;

import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

import dev.switchboard.bench.ingest.Bodies;
import dev.switchboard.bench.ingest.OpenLoopSchedule;
import dev.switchboard.local.LocalService;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Posts the mixed traffic open loop, at a fixed rate whatever the services do, each post to the ingest service of
 * its kind, from one Vert.x event loop. Every post's <em>intended</em> send time is kept, so the latency to its
 * answer and to its offer on an agent's socket is charged from when it should have gone out (no coordinated
 * omission). At most {@code maxInFlight} posts wait for answers; one due beyond that is counted as shed.
 */
final class SystemDriver implements AutoCloseable {

    private static final long TIMEOUT_MILLIS = 10_000;
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);
    private static final int MAX_IN_FLIGHT = 1024;

    private final Vertx vertx;
    private final HttpClient client;
    private final Context context;
    private final MixedBodies bodies;
    private final Map<LocalService, Integer> ports;
    private final String apiKey;
    private final BitSet accepted = new BitSet();
    private long[] intendedNanos = new long[1024];
    private int next;

    SystemDriver(MixedBodies bodies, Map<LocalService, Integer> ports, String apiKey) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        this.client = vertx.createHttpClient(new HttpClientOptions().setTcpNoDelay(true).setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(64));
        this.context = vertx.getOrCreateContext();
        this.bodies = bodies;
        this.ports = ports;
        this.apiKey = apiKey;
    }

    /** What one step did at the HTTP edge: posts numbered {@code [firstPost, endPost)}. */
    record Step(int rate, int firstPost, int endPost, long accepted, long failed, long shed, String firstFailure,
            Histogram answers, long elapsedNanos) {
    }

    /** Offers {@code rate} posts per second for {@code duration}, then waits for every answer. */
    Step offer(int rate, Duration duration) {
        CompletableFuture<Step> done = new CompletableFuture<>();
        context.runOnContext(v -> new Run(rate, duration, done).begin());
        return done.join();
    }

    /** The intended send time of post {@code n} (System.nanoTime), read once the steps are over. */
    long intendedNanos(int n) {
        return intendedNanos[n];
    }

    /** The posts answered with their service's success status. */
    BitSet accepted() {
        return (BitSet) accepted.clone();
    }

    int posts() {
        return next;
    }

    @Override
    public void close() {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** One fixed-rate run; every field is touched on the event loop only. */
    private final class Run {

        private final int rate;
        private final OpenLoopSchedule schedule;
        private final long startNanos;
        private final int firstPost;
        private final Histogram answers = new Histogram(MAX_MICROS, 3);
        private final CompletableFuture<Step> done;
        private int inFlight;
        private long acceptedCount;
        private long failed;
        private long shed;
        private long lastAnswerNanos;
        private String firstFailure;

        Run(int rate, Duration duration, CompletableFuture<Step> done) {
            this.rate = rate;
            this.schedule = new OpenLoopSchedule(vertx, rate, duration);
            this.startNanos = schedule.startNanos();
            this.lastAnswerNanos = startNanos;
            this.firstPost = next;
            this.done = done;
        }

        void begin() {
            schedule.run(this::send, this::completeWhenDrained);
        }

        private void send(long intended) {
            if (inFlight >= MAX_IN_FLIGHT) {
                shed++;
                return;
            }
            inFlight++;
            int n = next++;
            if (n >= intendedNanos.length) {
                intendedNanos = Arrays.copyOf(intendedNanos, intendedNanos.length * 2);
            }
            intendedNanos[n] = intended;
            Bodies.Post post = bodies.body(n);
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1")
                    .setPort(ports.get(MixedBodies.slot(n).kind().service())).setURI(post.path())
                    .setIdleTimeout(TIMEOUT_MILLIS);
            post.headers().forEach(request::putHeader);
            request.putHeader("X-Api-Key", apiKey);
            int expected = bodies.acceptedStatus(n);
            client.request(request)
                    .compose(req -> req.send(post.body()))
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .onComplete(answer -> {
                        long now = System.nanoTime();
                        inFlight--;
                        answers.recordValue(Math.min(MAX_MICROS, Math.max(0, (now - intended) / 1000)));
                        lastAnswerNanos = Math.max(lastAnswerNanos, now);
                        if (answer.succeeded() && answer.result() == expected) {
                            acceptedCount++;
                            accepted.set(n);
                        } else {
                            failed++;
                            if (firstFailure == null) {
                                firstFailure = post.path() + ": " + (answer.succeeded()
                                        ? "HTTP " + answer.result() : answer.cause().toString());
                            }
                        }
                        completeWhenDrained();
                    });
        }

        private void completeWhenDrained() {
            if (schedule.allSent() && inFlight == 0 && !done.isDone()) {
                done.complete(new Step(rate, firstPost, next, acceptedCount, failed, shed, firstFailure, answers,
                        lastAnswerNanos - startNanos));
            }
        }
    }
}
