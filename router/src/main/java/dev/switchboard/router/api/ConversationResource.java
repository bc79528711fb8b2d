package dev.switchboard.router.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.switchboard.contracts.Channel;
import dev.switchboard.router.domain.ConversationFilter;
import dev.switchboard.router.domain.ConversationLookup;
import dev.switchboard.router.domain.ConversationStatus;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.mutiny.Uni;

/** Conversations, for supervisors: what is queued, where each went and why. */
@Path("/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class ConversationResource {

    private static final int MAX_LIMIT = 500;

    private final ConversationLookup lookup;

    public ConversationResource(ConversationLookup lookup) {
        this.lookup = lookup;
    }

    @GET
    @Path("{conversationId}")
    public Uni<ConversationView> get(@PathParam("conversationId") String conversationId) {
        UUID id = parseId(conversationId);
        return lookup.find(id).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("conversation " + conversationId);
            }
            return ConversationView.of(found);
        });
    }

    /**
     * Conversations matching every filter given, a page at a time: in queue order (priority, then wait) for
     * {@code status=QUEUED}, longest waiting first for another status, most recent first without one.
     */
    @GET
    public Uni<List<ConversationSummary>> list(@QueryParam("status") String status,
            @QueryParam("channel") String channel, @QueryParam("language") String language,
            @QueryParam("skill") String skill, @QueryParam("agent") String agent,
            @QueryParam("customer") String customer, @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badInput("limit", "limit is from 1 to " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw ProblemException.badInput("offset", "offset is 0 or more");
        }
        ConversationFilter filter = new ConversationFilter(parseStatus(status), parseChannel(channel),
                blankToNull(language), blankToNull(skill), blankToNull(agent), parseCustomer(customer));
        return lookup.list(filter, offset, limit)
                .map(found -> found.stream().map(ConversationSummary::of).toList());
    }

    private static Channel parseChannel(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badInput("channel",
                    "'" + channel + "' is not a channel; use CHAT, EMAIL, SMS, PHONE or SOCIAL");
        }
    }

    private static UUID parseCustomer(String customer) {
        if (customer == null || customer.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(customer.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badInput("customer", "'" + customer + "' is not a customer id (a UUID)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badInput("conversationId", "'" + id + "' is not a conversation id (a UUID)");
        }
    }

    private static ConversationStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ConversationStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badInput("status",
                    "'" + status + "' is not a status; use QUEUED, OFFERED, ASSIGNED or CLOSED");
        }
    }
}
