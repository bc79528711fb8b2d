package dev.switchboard.router.persistence;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RuleSetRepository implements PanacheRepositoryBase<RuleSetEntity, Integer> {

    /** The current version number: one index lookup, cheap enough to ask often. */
    public Uni<Integer> latestVersion() {
        return getSession().chain(s -> s.createSelectionQuery("select max(r.version) from RuleSetEntity r",
                Integer.class).getSingleResult());
    }

    /**
     * The current version and when it was saved, or null when none is stored. With the time, a number reused after
     * a database restore is not mistaken for the version a cache holds.
     */
    public Uni<Stamp> latestStamp() {
        return getSession().chain(s -> s.createSelectionQuery(
                "select r.version, r.createdAt from RuleSetEntity r order by r.version desc", Object[].class)
                .setMaxResults(1)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : new Stamp((Integer) rows.get(0)[0], (Instant) rows.get(0)[1]));
    }

    public record Stamp(int version, Instant createdAt) {
    }
}
