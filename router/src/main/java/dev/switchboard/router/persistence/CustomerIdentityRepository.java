package dev.switchboard.router.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CustomerIdentityRepository implements PanacheRepositoryBase<CustomerIdentityEntity, String> {

    public Uni<List<CustomerIdentityEntity>> known(Collection<String> identities) {
        return identities.isEmpty() ? Uni.createFrom().item(List.of()) : list("identity in ?1", identities);
    }

    public Uni<List<CustomerIdentityEntity>> of(UUID customerId) {
        return list("customerId", Sort.by("identity"), customerId);
    }

    /** Moves every identity of one customer to another. */
    public Uni<Integer> moveAll(UUID from, UUID to) {
        return update("customerId = ?1 where customerId = ?2", to, from);
    }
}
