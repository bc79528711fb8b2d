package dev.switchboard.bench.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.routing.AgentIndex;
import dev.switchboard.router.routing.AgentMatcher;
import dev.switchboard.router.routing.AgentState;
import dev.switchboard.router.routing.Explanation;
import dev.switchboard.router.routing.RoutingRequest;

/**
 * Routing decisions per second on one thread over a {@link ContactCentre} of 1k, 10k or 100k agents:
 * <ul>
 * <li>{@code decide}: {@link AgentIndex#decide}, the whole decision with its explanation, cycling through 512
 * requests while the clock moves one second every 1,024 decisions (so shifts start and end during the run);</li>
 * <li>{@code decideAndAssign}: the same, then the chosen agent takes the conversation and the agent before it in
 * the cycle frees one, each a {@link AgentIndex#put}: what the index costs when holdings change all the time;</li>
 * <li>{@code scan}: {@link AgentMatcher#decide} over every agent, the reference the index replaces.</li>
 * </ul>
 * Setup checks that the index and the scan agree on every request before anything is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xmx2g", "-XX:+UseParallelGC" })
public class MatchingBenchmark {

    private static final int REQUESTS = 512;

    @Param({ "1000", "10000", "100000" })
    public int agents;

    private final AgentMatcher matcher = new AgentMatcher(3);
    private List<AgentState> all;
    private RoutingRequest[] requests;
    private AgentIndex index;
    private Instant now;
    private long decisions;
    private String lastChosen;
    private Channel lastChannel;

    @Setup
    public void build() {
        ContactCentre centre = new ContactCentre(42);
        all = centre.agents(agents);
        requests = centre.requests(REQUESTS, all).toArray(RoutingRequest[]::new);
        now = ContactCentre.START;
        index = new AgentIndex(matcher, now);
        index.putAll(all, now);
        for (RoutingRequest request : requests) {
            Explanation indexed = index.decide(request, now);
            Explanation scanned = matcher.decide(request, all, now);
            if (!indexed.equals(scanned)) {
                throw new IllegalStateException("index and scan disagree on " + request + ": " + indexed + " vs "
                        + scanned);
            }
        }
    }

    @Benchmark
    public Explanation decide() {
        return index.decide(nextRequest(), now);
    }

    @Benchmark
    public Explanation decideAndAssign() {
        RoutingRequest request = nextRequest();
        Explanation explanation = index.decide(request, now);
        if (lastChosen != null) {
            index.agent(lastChosen).map(agent -> release(agent, lastChannel)).ifPresent(agent -> index.put(agent, now));
            lastChosen = null;
        }
        if (explanation.chosen() != null) {
            AgentState chosen = index.agent(explanation.chosen().agentId()).orElseThrow();
            index.put(chosen.holdingOneMore(request.channel()), now);
            lastChosen = chosen.id();
            lastChannel = request.channel();
        }
        return explanation;
    }

    @Benchmark
    public Explanation scan() {
        return matcher.decide(requests[(int) (decisions++ % REQUESTS)], all, ContactCentre.START);
    }

    private RoutingRequest nextRequest() {
        long n = decisions++;
        if ((n & 1023) == 0) {
            now = now.plusSeconds(1);
        }
        return requests[(int) (n % REQUESTS)];
    }

    private static AgentState release(AgentState agent, Channel channel) {
        Map<Channel, Integer> open = new HashMap<>(agent.open());
        open.merge(channel, -1, Integer::sum);
        return new AgentState(agent.id(), agent.presence(), agent.languages(), agent.skills(), agent.capacity(),
                agent.maxConcurrent(), open, agent.lastAssignedAt(), agent.shifts());
    }
}
