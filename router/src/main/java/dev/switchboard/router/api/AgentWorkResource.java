package dev.switchboard.router.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.switchboard.router.domain.AgentWork;
import dev.switchboard.router.domain.WorkInProgress;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * An agent's open offers and assigned conversations, for the agent gateway to resume an agent who reconnects.
 * An agent reads their own; supervisors and admins read anyone's.
 */
@Path("/v1/agents/{agentId}/work")
@Produces(MediaType.APPLICATION_JSON)
public class AgentWorkResource {

    static final String AGENT = "agent";

    private final WorkInProgress work;
    private final SecurityIdentity identity;

    public AgentWorkResource(WorkInProgress work, SecurityIdentity identity) {
        this.work = work;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<AgentWork> get(@PathParam("agentId") String agentId) {
        boolean overseer = identity.hasRole(Roles.SUPERVISOR) || identity.hasRole(Roles.ADMIN);
        if (!overseer && !agentId.equals(callerId())) {
            throw new ForbiddenException("an agent reads only their own work");
        }
        return work.of(agentId);
    }

    /** The agent id is the token's subject, as the agent gateway takes it. */
    private String callerId() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
