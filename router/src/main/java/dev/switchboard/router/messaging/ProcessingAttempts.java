package dev.switchboard.router.messaging;

import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import dev.switchboard.router.domain.UnprocessableRecord;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * How a consumer processes one record. A record that can never succeed fails at once (and goes to the
 * dead-letter topic). While PostgreSQL is unreachable the record is retried until it comes back: the partition
 * waits rather than losing messages. Anything else (a lock conflict, a race on a unique key) is retried a few times
 * before the record is given up to the dead-letter topic. Every attempt runs on the record's Vert.x context, which
 * Hibernate Reactive requires.
 */
final class ProcessingAttempts {

    private static final Logger LOG = Logger.getLogger(ProcessingAttempts.class);

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final int RETRIES = 3;

    private ProcessingAttempts() {
    }

    static <T> Uni<T> run(Supplier<Uni<? extends T>> work) {
        Context context = Vertx.currentContext();
        Executor onContext = context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
        return Uni.createFrom().<T>deferred(work)
                .runSubscriptionOn(onContext)
                .onFailure().invoke(failure -> LOG.warnf("Processing attempt failed: %s", failure.toString()))
                .onFailure(ProcessingAttempts::isOutage).retry()
                .withBackOff(FIRST_BACKOFF, MAX_BACKOFF).indefinitely()
                .onFailure(failure -> !isPermanent(failure)).retry()
                .withBackOff(FIRST_BACKOFF, MAX_BACKOFF).atMost(RETRIES);
    }

    static boolean isPermanent(Throwable failure) {
        return cause(failure, UnprocessableRecord.class) != null;
    }

    /**
     * The database cannot be reached or is not accepting work. A closed pool means this instance is shutting down:
     * the record must stay unacknowledged so another instance gets it, never go to the dead-letter topic.
     */
    static boolean isOutage(Throwable failure) {
        if (poolClosed(failure) || cause(failure, SocketException.class) != null || cause(failure, ClosedChannelException.class) != null
                || cause(failure, ClosedConnectionException.class) != null
                || cause(failure, TimeoutException.class) != null) {
            return true;
        }
        PgException pg = cause(failure, PgException.class);
        if (pg != null && pg.getSqlState() != null) {
            String state = pg.getSqlState();
            // 08: connection exception, 53: insufficient resources, 57P: server shutting down or starting.
            return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P");
        }
        return false;
    }

    private static boolean poolClosed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if ("Pool closed".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static <E extends Throwable> E cause(Throwable failure, Class<E> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
