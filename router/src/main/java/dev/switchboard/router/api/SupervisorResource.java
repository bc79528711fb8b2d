package dev.switchboard.router.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.switchboard.router.config.RouterSettings;
import dev.switchboard.router.domain.Supervision;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.mutiny.Uni;

/** The supervisor view's questions: how the queue stands, how loaded the agents are, what is about to breach. */
@Path("/v1/supervisor")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
@Tag(name = "supervisor", description = "The live state of the queue, the agents and the SLAs")
public class SupervisorResource {

    private static final int MAX_LIMIT = 500;
    /** Well past the longest first-response target the seeded rules set (email, 24 h). */
    private static final Duration MAX_WITHIN = Duration.ofDays(7);

    private final Supervision supervision;
    private final RouterSettings settings;
    private final Clock clock;

    public SupervisorResource(Supervision supervision, RouterSettings settings, Clock clock) {
        this.supervision = supervision;
        this.settings = settings;
        this.clock = clock;
    }

    @GET
    @Path("queues")
    @Operation(summary = "Queue depth and oldest wait",
            description = "QUEUED conversations overall and per skill, language and channel: how many wait and how "
                    + "long the longest has waited (seconds since it was queued). Longest wait first.")
    public Uni<QueueBoard> queues() {
        return supervision.queue().map(slices -> QueueBoard.of(slices, clock.instant()));
    }

    @GET
    @Path("agents")
    @Operation(summary = "Agents by presence and occupancy",
            description = "Counts per presence and on shift now, and each agent's held conversations (offered or "
                    + "assigned) per channel and overall against its capacity, with its last assignment.")
    public Uni<AgentBoard> agents() {
        return supervision.agentLoads()
                .map(loads -> AgentBoard.of(loads, settings.defaultCapacity(), clock.instant()));
    }

    @GET
    @Path("at-risk")
    @Operation(summary = "Conversations at risk of missing their SLA",
            description = "QUEUED and OFFERED conversations, and ASSIGNED ones no agent has written in yet, whose "
                    + "first response is overdue or due within the window; earliest due first. secondsLeft is "
                    + "negative once breached.")
    public Uni<AtRiskBoard> atRisk(
            @Parameter(description = "ISO 8601 duration, e.g. PT10M; at most P7D")
            @QueryParam("within") @DefaultValue("PT10M") String within,
            @Parameter(description = "1 to 500") @QueryParam("limit") @DefaultValue("100") int limit) {
        Duration window = parseWithin(within);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badInput("limit", "limit is from 1 to " + MAX_LIMIT);
        }
        Instant now = clock.instant();
        return supervision.dueBy(now.plus(window), limit).map(due -> AtRiskBoard.of(due, window, now));
    }

    private static Duration parseWithin(String within) {
        Duration window;
        try {
            window = Duration.parse(within.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badInput("within", "'" + within + "' is not an ISO 8601 duration such as PT10M");
        }
        if (window.isNegative() || window.compareTo(MAX_WITHIN) > 0) {
            throw ProblemException.badInput("within", "within is from PT0S to P7D");
        }
        return window;
    }
}
