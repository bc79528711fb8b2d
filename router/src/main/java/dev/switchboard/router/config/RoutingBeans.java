package dev.switchboard.router.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.switchboard.router.routing.AgentMatcher;

/** The plain-Java parts of routing, made injectable. Time is a bean so tests and later issues can control it. */
public class RoutingBeans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    AgentMatcher matcher(RouterSettings settings) {
        return new AgentMatcher(settings.defaultCapacity());
    }
}
