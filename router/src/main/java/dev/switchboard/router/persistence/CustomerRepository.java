package dev.switchboard.router.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<CustomerEntity, UUID> {

    public Uni<CustomerEntity> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Customers that had been merged into {@code from} now point at {@code to}, so no chain grows. */
    public Uni<Integer> repointMerged(UUID from, UUID to) {
        return update("mergedInto = ?1 where mergedInto = ?2", to, from);
    }
}
