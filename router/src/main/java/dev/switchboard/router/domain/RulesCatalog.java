package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.router.config.RouterSettings;
import dev.switchboard.router.persistence.RuleSetEntity;
import dev.switchboard.router.persistence.RuleSetRepository;
import dev.switchboard.router.routing.RoutingRules;
import dev.switchboard.router.routing.RuleSetDefinition;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The versions of the routing rules. Each instance keeps the current version compiled and asks the database for
 * the latest version number at most every {@code router.rules-refresh}, so a change saved on any instance is used
 * by all of them within that time, without a restart.
 */
@ApplicationScoped
public class RulesCatalog {

    private final RuleSetRepository versions;
    private final Clock clock;
    private final long refreshNanos;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    public RulesCatalog(RuleSetRepository versions, RouterSettings settings, Clock clock) {
        this.versions = versions;
        this.clock = clock;
        this.refreshNanos = settings.rulesRefresh().toNanos();
    }

    /** The current rules, in the caller's session. */
    public Uni<RoutingRules> current() {
        Cached known = cached.get();
        if (known != null && System.nanoTime() - known.checkedAt < refreshNanos) {
            return Uni.createFrom().item(known.rules);
        }
        return versions.latestStamp().chain(latest -> {
            if (latest == null) {
                throw new IllegalStateException("no routing rules are stored; the V3 migration seeds version 1");
            }
            if (known != null && known.stamp.equals(latest)) {
                cached.set(new Cached(known.rules, latest, System.nanoTime()));
                return Uni.createFrom().item(known.rules);
            }
            return versions.findById(latest.version()).map(RulesCatalog::compiled)
                    .invoke(rules -> cached.set(new Cached(rules, latest, System.nanoTime())));
        });
    }

    @WithSession
    public Uni<RoutingRules> latest() {
        return current();
    }

    /** A stored version, or null. */
    @WithSession
    public Uni<StoredRules> version(int version) {
        return versions.findById(version).map(entity -> entity == null ? null : stored(entity));
    }

    @WithSession
    public Uni<StoredRules> latestStored() {
        return versions.latestVersion().chain(latest -> version(latest));
    }

    /**
     * Saves the definition as the next version. Two saves racing for the same number collide on the primary key;
     * the loser fails rather than overwrite.
     *
     * @throws dev.switchboard.router.routing.InvalidDefinition naming the field at fault
     */
    public Uni<StoredRules> publish(RuleSetDefinition definition, String author) {
        RuleSetDefinition canonical = RoutingRules.compile(0, definition).definition();
        return Panache.withTransaction(() -> versions.latestVersion().chain(latest -> {
            RuleSetEntity entity = new RuleSetEntity();
            entity.version = latest == null ? 1 : latest + 1;
            entity.rules = canonical;
            entity.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            entity.createdBy = author;
            return versions.persist(entity).map(RulesCatalog::stored);
        })).invoke(saved -> cached.set(new Cached(saved.rules(),
                new RuleSetRepository.Stamp(saved.rules().version(), saved.createdAt()), System.nanoTime())));
    }

    private static RoutingRules compiled(RuleSetEntity entity) {
        return RoutingRules.compile(entity.version, entity.rules);
    }

    private static StoredRules stored(RuleSetEntity entity) {
        return new StoredRules(compiled(entity), entity.createdAt, entity.createdBy);
    }

    private record Cached(RoutingRules rules, RuleSetRepository.Stamp stamp, long checkedAt) {
    }
}
