package dev.switchboard.router.config;

import java.time.Duration;
import java.util.Set;

import dev.switchboard.contracts.Channel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What happens to offers and assignments over time: misses, agents leaving, sweeps, acknowledgements. */
@ConfigMapping(prefix = "router")
public interface LifecycleSettings {

    /** Offers an agent may let expire in a row before the router sets them AWAY. */
    @WithDefault("3")
    int awayAfterMisses();

    /**
     * Channels on which an agent who goes offline or reaches the end of their shift gives back the assigned
     * conversations they have not answered yet; on the others they keep them.
     */
    @WithDefault("EMAIL")
    Set<Channel> requeueUnansweredOn();

    /** How long an agent takes over one conversation, on average; the expected wait is computed from it. */
    @WithDefault("5m")
    Duration expectedHandleTime();

    Sweeps sweep();

    /** How often each sweep runs; the values are read by the scheduler, through the same keys. */
    interface Sweeps {
        /** Expires pending offers past their deadline. */
        @WithDefault("1s")
        Duration offers();

        /** Offers waiting conversations to agents with room, and refreshes the queue gauges. */
        @WithDefault("5s")
        Duration queue();

        /** Takes back the work of agents whose shift has ended. */
        @WithDefault("15s")
        Duration shifts();

        /** Moves waiting conversations to the next bullseye stage once its wait has passed, and offers them again. */
        @WithDefault("5s")
        Duration stages();
    }
}
