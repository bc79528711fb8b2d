package dev.switchboard.local.routers;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.Presence;
import dev.switchboard.testkit.DeliveryFeed;

/**
 * The agents' side, as their desks would act through the gateway: reads every delivery for the run's agents and
 * answers offers (mostly accept, some decline, some left to expire), closes assigned conversations after a short
 * while, and now and then takes an agent away or offline for a moment and back. Every delivery seen is kept.
 */
public final class SimulatedAgents implements AutoCloseable {

    private final Set<String> agents;
    private final Records records;
    private final Random random;
    private final DeliveryFeed deliveries;
    private final ScheduledExecutorService later = Executors.newScheduledThreadPool(2);
    private final ConcurrentLinkedQueue<Delivery> seen = new ConcurrentLinkedQueue<>();
    private final AtomicInteger accepts = new AtomicInteger();
    private final AtomicInteger declines = new AtomicInteger();
    private final AtomicInteger closes = new AtomicInteger();

    /** Subscribes from the current end of the deliveries topic, so earlier runs' records are not replayed. */
    public SimulatedAgents(String bootstrapServers, List<String> agents, Records records, long seed) {
        this.agents = Set.copyOf(agents);
        this.records = records;
        this.random = new Random(seed);
        deliveries = new DeliveryFeed(bootstrapServers, "simulated-agents", this::receive);
    }

    public void start() {
        deliveries.start();
        later.scheduleAtFixedRate(this::stepAway, 1500, 1500, TimeUnit.MILLISECONDS);
    }

    /** Stops answering; what the routers publish afterwards is not read. */
    @Override
    public void close() throws InterruptedException {
        deliveries.close();
        later.shutdownNow();
    }

    public List<Delivery> seen() {
        return List.copyOf(seen);
    }

    public String summary() {
        return accepts.get() + " accepts, " + declines.get() + " declines, " + closes.get() + " closes sent; "
                + seen.size() + " deliveries read";
    }

    private void receive(Delivery delivery) {
        if (agents.contains(delivery.agentId())) {
            seen.add(delivery);
            answer(delivery);
        }
    }

    private void answer(Delivery delivery) {
        if (delivery instanceof Delivery.Offer offer) {
            int dice = random.nextInt(100);
            if (dice < 75) {
                later.schedule(() -> {
                    records.accept(offer.agentId(), offer.offerId(), offer.conversationId());
                    accepts.incrementAndGet();
                }, random.nextInt(200), TimeUnit.MILLISECONDS);
            } else if (dice < 92) {
                records.decline(offer.agentId(), offer.offerId(), offer.conversationId());
                declines.incrementAndGet();
            }
            // The rest is left to expire.
        } else if (delivery instanceof Delivery.Assigned assigned) {
            later.schedule(() -> {
                records.close(assigned.agentId(), assigned.conversationId());
                closes.incrementAndGet();
            }, 100 + random.nextInt(1500), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * One agent steps away (AWAY keeps its work; OFFLINE also gives back its pending offers) and is back a second
     * later; an agent the routers set AWAY for missed offers comes back the same way.
     */
    private void stepAway() {
        String agent = agents.stream().skip(random.nextInt(agents.size())).findFirst().orElseThrow();
        records.presence(agent, random.nextBoolean() ? Presence.AWAY : Presence.OFFLINE);
        later.schedule(() -> records.presence(agent, Presence.AVAILABLE), 1, TimeUnit.SECONDS);
    }
}
