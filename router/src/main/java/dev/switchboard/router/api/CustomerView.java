package dev.switchboard.router.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.switchboard.router.domain.CustomerRecord;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.CustomerIdentityEntity;

/**
 * A customer as supervisors see it.
 *
 * @param identities  every email address, E.164 number and provider handle that names the customer
 * @param language    the language last decided for them with confidence
 * @param lastAgentId who last served them (sticky routing)
 * @param mergedInto  set when this customer was merged into another: look there
 */
public record CustomerView(
        UUID id,
        String displayName,
        List<String> identities,
        String language,
        String timeZone,
        String locale,
        String country,
        String tier,
        String lastAgentId,
        Instant lastAgentAt,
        UUID mergedInto,
        Instant createdAt,
        List<ConversationSummary> recentConversations) {

    static CustomerView of(CustomerRecord record) {
        CustomerEntity c = record.customer();
        return new CustomerView(c.id, c.displayName,
                record.identities().stream().map((CustomerIdentityEntity i) -> i.identity).toList(), c.language,
                c.timeZone, c.locale, c.country, c.tier, c.lastAgentId, c.lastAgentAt, c.mergedInto, c.createdAt,
                record.recentConversations().stream().map(ConversationSummary::of).toList());
    }
}
