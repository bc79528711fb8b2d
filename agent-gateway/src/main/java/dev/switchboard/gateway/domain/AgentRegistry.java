package dev.switchboard.gateway.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The open sockets of each agent on this instance. An agent may hold several (two browser tabs, a reconnect that
 * overlaps the old socket); a delivery goes to all of them. Safe to use from any thread.
 *
 * @param <S> what a socket is to the caller
 */
public final class AgentRegistry<S> {

    private final ConcurrentMap<String, Set<S>> byAgent = new ConcurrentHashMap<>();

    public void add(String agentId, S socket) {
        byAgent.compute(agentId, (id, sockets) -> {
            Set<S> all = sockets == null ? ConcurrentHashMap.newKeySet() : sockets;
            all.add(socket);
            return all;
        });
    }

    /** Forgets a socket; answers whether it was the agent's last one here. */
    public boolean remove(String agentId, S socket) {
        AtomicBoolean last = new AtomicBoolean();
        byAgent.computeIfPresent(agentId, (id, sockets) -> {
            sockets.remove(socket);
            if (sockets.isEmpty()) {
                last.set(true);
                return null;
            }
            return sockets;
        });
        return last.get();
    }

    public Collection<S> socketsOf(String agentId) {
        Set<S> sockets = byAgent.get(agentId);
        return sockets == null ? List.of() : List.copyOf(sockets);
    }

    /** Every open socket here, for a sweep over all of them (heartbeats). */
    public List<S> all() {
        return byAgent.values().stream().flatMap(Set::stream).toList();
    }

    public boolean isConnected(String agentId) {
        return byAgent.containsKey(agentId);
    }

    public int connectedAgents() {
        return byAgent.size();
    }
}
