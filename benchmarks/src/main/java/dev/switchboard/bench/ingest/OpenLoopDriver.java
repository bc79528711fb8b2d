package dev.switchboard.bench.ingest;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Offers requests at a fixed rate whatever the server does (open loop): the schedule, not the answers, decides when
 * the next request is due. Runs on one Vert.x event loop, so it costs the shared machine as little as it can; at
 * most {@code maxInFlight} requests wait for answers, and a request due beyond that is counted as shed, not queued.
 * What it posts comes from {@link Bodies}; which posts were accepted goes into its {@link PostLog}.
 */
public final class OpenLoopDriver implements AutoCloseable {

    private static final long TIMEOUT_MILLIS = 10_000;

    private final Vertx vertx;
    private final HttpClient client;
    private final Context context;
    private final Endpoint endpoint;
    private final Bodies bodies;
    private final PostLog log = new PostLog();
    private final int maxInFlight;

    public OpenLoopDriver(Endpoint endpoint, Bodies bodies, int connections, int maxInFlight) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        this.client = vertx.createHttpClient(new HttpClientOptions().setTcpNoDelay(true).setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(connections));
        this.context = vertx.getOrCreateContext();
        this.endpoint = endpoint;
        this.bodies = bodies;
        this.maxInFlight = maxInFlight;
    }

    /** Offers {@code rate} requests per second for {@code duration}, then waits for every answer. */
    LatencyRecorder offer(int rate, Duration duration) {
        CompletableFuture<LatencyRecorder> done = new CompletableFuture<>();
        context.runOnContext(v -> new Step(rate, duration, done).begin());
        return done.join();
    }

    /** The posts sent so far and which were accepted; read it once the driver is closed. */
    PostLog log() {
        return log;
    }

    @Override
    public void close() {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** One fixed-rate run; every field is touched on the event loop only. */
    private final class Step {

        private final OpenLoopSchedule schedule;
        private final LatencyRecorder recorder;
        private final CompletableFuture<LatencyRecorder> done;
        private int inFlight;

        Step(int rate, Duration duration, CompletableFuture<LatencyRecorder> done) {
            this.schedule = new OpenLoopSchedule(vertx, rate, duration);
            this.recorder = new LatencyRecorder(schedule.startNanos());
            this.done = done;
        }

        void begin() {
            schedule.run(this::send, this::completeWhenDrained);
        }

        private void send(long intendedNanos) {
            if (inFlight >= maxInFlight) {
                recorder.recordShed();
                return;
            }
            inFlight++;
            int n = log.next();
            Bodies.Post post = bodies.post(n);
            client.request(request(post))
                    .compose(req -> req.send(post.body()))
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .onComplete(answer -> {
                        long now = System.nanoTime();
                        inFlight--;
                        if (answer.succeeded() && answer.result() == bodies.acceptedStatus()) {
                            recorder.recordAccepted(intendedNanos, now, bodies.yields(n), post.body().length());
                            log.accepted(n);
                        } else {
                            recorder.recordFailed(intendedNanos, now, answer.succeeded()
                                    ? "HTTP " + answer.result() : answer.cause().toString());
                        }
                        completeWhenDrained();
                    });
        }

        private void completeWhenDrained() {
            if (schedule.allSent() && inFlight == 0) {
                done.complete(recorder);
            }
        }
    }

    private RequestOptions request(Bodies.Post post) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setHost("127.0.0.1")
                .setPort(endpoint.port()).setURI(post.path()).setIdleTimeout(TIMEOUT_MILLIS);
        post.headers().forEach(request::putHeader);
        if (endpoint.apiKey() != null) {
            request.putHeader("X-Api-Key", endpoint.apiKey());
        }
        return request;
    }

    /** Where the driver posts: {@code apiKey} goes in X-Api-Key when not null. */
    public record Endpoint(int port, String apiKey) {
    }
}
