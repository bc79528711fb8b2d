package dev.switchboard.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class OutboxTest {

    private final List<CompletableFuture<Void>> writes = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private final AtomicInteger overflows = new AtomicInteger();
    private final Outbox outbox = new Outbox(2, frame -> {
        written.add(frame);
        CompletableFuture<Void> write = new CompletableFuture<>();
        writes.add(write);
        return write;
    }, overflows::incrementAndGet);

    @Test
    void startsEveryWriteWithoutWaitingForTheLastOne() {
        assertTrue(outbox.offer("f1"));
        assertTrue(outbox.offer("f2"));

        assertEquals(List.of("f1", "f2"), written);
        assertEquals(2, outbox.unfinished());
    }

    @Test
    void finishedWritesFreeTheirPlace() {
        outbox.offer("f1");
        outbox.offer("f2");
        writes.get(0).complete(null);
        writes.get(1).completeExceptionally(new IllegalStateException("socket closed"));

        assertTrue(outbox.offer("f3"));
        assertEquals(1, outbox.unfinished());
        assertEquals(0, overflows.get());
    }

    @Test
    void aReaderTooFarBehindIsGivenUpOnceAndGetsNothingMore() {
        outbox.offer("f1");
        outbox.offer("f2");

        assertFalse(outbox.offer("f3"));
        writes.forEach(write -> write.complete(null));
        assertFalse(outbox.offer("f4"));

        assertEquals(List.of("f1", "f2"), written);
        assertEquals(1, overflows.get());
    }
}
