package dev.switchboard.router.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.router.domain.RulesCatalog;
import dev.switchboard.router.domain.RulesDryRun;
import dev.switchboard.router.routing.InvalidDefinition;
import dev.switchboard.router.routing.RuleSetDefinition;
import dev.switchboard.servicekit.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * Routing rules as data: every change is a new version, used by every router instance within
 * {@code router.rules-refresh}; a dry run shows what a message would get.
 */
@Path("/v1/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class RoutingRulesResource {

    private static final String UNIQUE_VIOLATION = "23505";

    private final RulesCatalog catalog;
    private final RulesDryRun dryRun;
    private final SecurityIdentity caller;

    public RoutingRulesResource(RulesCatalog catalog, RulesDryRun dryRun, SecurityIdentity caller) {
        this.catalog = catalog;
        this.dryRun = dryRun;
        this.caller = caller;
    }

    /** The current version. */
    @GET
    public Uni<RulesView> current() {
        return catalog.latestStored().map(RulesView::of);
    }

    @GET
    @Path("versions/{version}")
    public Uni<RulesView> version(@PathParam("version") int version) {
        return catalog.version(version).map(stored -> {
            if (stored == null) {
                throw ProblemException.notFound("routing rules version " + version);
            }
            return RulesView.of(stored);
        });
    }

    /** Saves the rules as the next version, once they pass validation; answers with the new version. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RulesView> replace(RuleSetDefinition rules) {
        if (rules == null) {
            throw ProblemException.badInput("rules", "a rule set is required");
        }
        try {
            return catalog.publish(rules, caller.getPrincipal().getName())
                    .onFailure(RoutingRulesResource::isVersionRace)
                    .transform(e -> ProblemException.conflict("another change was saved at the same moment; "
                            + "read the current version and try again"))
                    .map(RulesView::of);
        } catch (InvalidDefinition e) {
            throw ProblemException.badInput(e.field(), e.getMessage());
        }
    }

    /** What the message would get; nothing is stored. {@code version} picks an older or newer version to try. */
    @POST
    @Path("dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<DryRunView> dryRun(InboundMessage message, @QueryParam("version") Integer version) {
        check(message);
        return dryRun.run(message, version).map(run -> {
            if (run == null) {
                throw ProblemException.notFound("routing rules version " + version);
            }
            return DryRunView.of(run);
        });
    }

    private static void check(InboundMessage message) {
        if (message == null) {
            throw ProblemException.badInput("message", "a canonical inbound message is required");
        }
        if (message.channel() == null) {
            throw ProblemException.badInput("channel", "channel is required: CHAT, EMAIL, SMS, PHONE or SOCIAL");
        }
        if (message.provider() == null || message.provider().isBlank()) {
            throw ProblemException.badInput("provider", "provider is required, e.g. webchat or whatsapp");
        }
    }

    private static boolean isVersionRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
