package dev.switchboard.router.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.switchboard.router.domain.UnprocessableRecord;
import io.vertx.core.impl.NoStackTraceThrowable;

class ProcessingAttemptsTest {

    @Test
    void closedPoolDuringShutdownIsAnOutageSoTheRecordIsRedeliveredNotDeadLettered() {
        Throwable closing = new IllegalStateException("flush failed", new NoStackTraceThrowable("Pool closed"));
        assertTrue(ProcessingAttempts.isOutage(closing));
        assertFalse(ProcessingAttempts.isPermanent(closing));
    }

    @Test
    void unprocessableRecordIsPermanentAndNoOutage() {
        Throwable bad = new UnprocessableRecord("inbound message m-1 has no channel");
        assertTrue(ProcessingAttempts.isPermanent(bad));
        assertFalse(ProcessingAttempts.isOutage(bad));
    }
}
