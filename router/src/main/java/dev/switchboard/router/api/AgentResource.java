package dev.switchboard.router.api;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.switchboard.router.domain.AgentDirectory;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.mutiny.Uni;

/** Agents: defined by admins, read by supervisors. */
@Path("/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentResource {

    private final AgentDirectory directory;
    private final Clock clock;

    public AgentResource(AgentDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Creates the agent or replaces its definition; its presence is kept. */
    @PUT
    @Path("{agentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Uni<AgentView> define(@PathParam("agentId") String agentId, AgentInput input) {
        AgentInput.checkAgentId(agentId);
        if (input == null) {
            throw ProblemException.badInput("body", "an agent definition is required");
        }
        return directory.define(agentId, input.toProfile()).map(agent -> AgentView.of(agent, clock.instant()));
    }

    @GET
    @Path("{agentId}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<AgentView> get(@PathParam("agentId") String agentId) {
        return directory.find(agentId).map(agent -> {
            if (agent == null) {
                throw ProblemException.notFound("agent " + agentId);
            }
            return AgentView.of(agent, clock.instant());
        });
    }

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    public Uni<List<AgentView>> list() {
        return directory.all()
                .map(agents -> agents.stream().map(agent -> AgentView.of(agent, clock.instant())).toList());
    }
}
