package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.InboundMessage;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** What a message would get, under the current rules or a given version, without storing or changing anything. */
@ApplicationScoped
public class RulesDryRun {

    private final RulesCatalog catalog;
    private final CustomerDirectory customers;
    private final Triage triage;
    private final Clock clock;

    public RulesDryRun(RulesCatalog catalog, CustomerDirectory customers, Triage triage, Clock clock) {
        this.catalog = catalog;
        this.customers = customers;
        this.triage = triage;
        this.clock = clock;
    }

    /** @return null when there is no such version */
    @WithSession
    public Uni<DryRun> run(InboundMessage message, Integer version) {
        var rules = version == null ? catalog.current()
                : catalog.version(version).map(stored -> stored == null ? null : stored.rules());
        return rules.chain(chosen -> chosen == null ? Uni.createFrom().nullItem()
                : customers.peek(message).chain(customer -> triage
                        .assess(message, customer, chosen, clock.instant().truncatedTo(ChronoUnit.MICROS))
                        .map(assessment -> new DryRun(assessment, customer == null ? null : customer.id))));
    }

    /** @param customerId the known customer the message would be matched to, or null for a new one */
    public record DryRun(Assessment assessment, UUID customerId) {
    }
}
