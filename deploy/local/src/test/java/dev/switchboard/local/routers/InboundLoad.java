package dev.switchboard.local.routers;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.InboundMessage;

/**
 * New conversations published straight to the inbound topic at a steady rate from several threads, as several ingest
 * instances would: random channel (chat, SMS, social) and language, customers who come back, and about one message in
 * five published twice (a connector's retry), which the routers must store once.
 */
public final class InboundLoad {

    private static final List<Channel> CHANNELS = List.of(Channel.CHAT, Channel.SMS, Channel.SOCIAL);
    private static final List<String> LANGUAGES = List.of("en", "es", "fr", "de", "pt");
    private static final int PRODUCERS = 3;
    private static final int CUSTOMERS = 150;

    private final String run;
    private final Records records;
    private final int conversations;
    private final Random random;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final CountDownLatch done = new CountDownLatch(1);
    private final ScheduledExecutorService producers = Executors.newScheduledThreadPool(PRODUCERS);

    public InboundLoad(String run, Records records, int conversations, long seed) {
        this.run = run;
        this.records = records;
        this.conversations = conversations;
        this.random = new Random(seed);
    }

    /** The provider message id of the run's n-th conversation's only message. */
    public String providerMessageId(int n) {
        return run + "-m" + n;
    }

    public String providerMessagePrefix() {
        return run + "-m";
    }

    public int duplicates() {
        return duplicates.get();
    }

    /** Publishes the conversations spread evenly over {@code over}, each producer thread taking every third tick. */
    public void start(Duration over) {
        long periodMicros = over.toNanos() / 1000 * PRODUCERS / conversations;
        for (int p = 0; p < PRODUCERS; p++) {
            producers.scheduleAtFixedRate(this::publishOne, p * periodMicros / PRODUCERS, periodMicros,
                    TimeUnit.MICROSECONDS);
        }
    }

    /** Waits until every conversation is published and acknowledged by the broker. */
    public void awaitPublished(Duration bound) throws InterruptedException {
        if (!done.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("published only " + next.get() + " of " + conversations + " within " + bound);
        }
        producers.shutdownNow();
        records.flush();
    }

    private void publishOne() {
        int n = next.getAndIncrement();
        if (n >= conversations) {
            done.countDown();
            return;
        }
        Channel channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
        InboundMessage message = Records.inbound(channel, channel.name().toLowerCase() + ":load:" + run + ":" + n,
                providerMessageId(n), "customer-" + run + "-" + random.nextInt(CUSTOMERS),
                "Hello, this is question " + n + " about my account", LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        records.send(message);
        if (random.nextInt(5) == 0) {
            records.send(message);
            duplicates.incrementAndGet();
        }
    }
}
