package dev.switchboard.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AgentRegistryTest {

    private final AgentRegistry<String> registry = new AgentRegistry<>();

    @Test
    void findsEverySocketOfAnAgentAndNoneOfAnother() {
        registry.add("a1", "tab-1");
        registry.add("a1", "tab-2");
        registry.add("a2", "tab-3");

        assertEquals(Set.of("tab-1", "tab-2"), Set.copyOf(registry.socketsOf("a1")));
        assertEquals(List.of("tab-3"), List.copyOf(registry.socketsOf("a2")));
        assertEquals(List.of(), List.copyOf(registry.socketsOf("a3")));
    }

    @Test
    void saysWhenTheLastSocketOfAnAgentCloses() {
        registry.add("a1", "tab-1");
        registry.add("a1", "tab-2");

        assertFalse(registry.remove("a1", "tab-1"));
        assertTrue(registry.isConnected("a1"));
        assertTrue(registry.remove("a1", "tab-2"));
        assertFalse(registry.isConnected("a1"));
        assertEquals(0, registry.connectedAgents());
    }

    @Test
    void removingAnUnknownSocketChangesNothing() {
        registry.add("a1", "tab-1");

        assertFalse(registry.remove("a1", "tab-9"));
        assertFalse(registry.remove("a2", "tab-1"));
        assertTrue(registry.isConnected("a1"));
    }
}
