package dev.switchboard.router.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.switchboard.router.domain.CustomerDirectory;
import dev.switchboard.router.domain.Identities;
import dev.switchboard.router.domain.MergeRefused;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.mutiny.Uni;

/** Customers across channels, for supervisors: who they are on each channel, and merging two that are one. */
@Path("/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class CustomerResource {

    private final CustomerDirectory directory;

    public CustomerResource(CustomerDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Path("{customerId}")
    public Uni<CustomerView> get(@PathParam("customerId") String customerId) {
        return directory.find(parseId(customerId, "customerId")).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("customer " + customerId);
            }
            return CustomerView.of(found);
        });
    }

    /** The customer an identity names (after any merge): an empty list when none does. */
    @GET
    public Uni<List<CustomerView>> byIdentity(@QueryParam("identity") String identity) {
        String normalized;
        try {
            normalized = Identities.parse(identity);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badInput("identity", e.getMessage());
        }
        return directory.findByIdentity(normalized)
                .map(found -> found == null ? List.<CustomerView>of() : List.of(CustomerView.of(found)));
    }

    /**
     * Folds the customer {@code from} into this one: its identities and conversations move here, and later
     * messages from any of its identities land here.
     */
    @POST
    @Path("{customerId}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CustomerView> merge(@PathParam("customerId") String customerId, MergeInput input) {
        UUID survivor = parseId(customerId, "customerId");
        if (input == null) {
            throw ProblemException.badInput("from", "the customer to merge in is required: {\"from\": \"<id>\"}");
        }
        UUID from = parseId(input.from(), "from");
        if (from.equals(survivor)) {
            throw ProblemException.badInput("from", "a customer cannot be merged into itself");
        }
        return directory.merge(survivor, from)
                .onFailure(MergeRefused.class).transform(e -> ProblemException.conflict(e.getMessage()))
                .map(merged -> {
                    if (merged == null) {
                        throw ProblemException.notFound("customer " + customerId + " or " + input.from());
                    }
                    return CustomerView.of(merged);
                });
    }

    private static UUID parseId(String id, String field) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badInput(field, "'" + id + "' is not a customer id (a UUID)");
        }
    }
}
