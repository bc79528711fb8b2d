package dev.switchboard.router.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.router.language.LanguageDecision;
import dev.switchboard.router.language.LanguageHints;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.routing.Classification;
import dev.switchboard.router.routing.MessageFacts;
import dev.switchboard.router.routing.RoutingRules;
import io.smallrye.mutiny.Uni;

/**
 * Decides a message's language and classifies it with the routing rules: the same for intake and for a dry run,
 * so a dry run shows exactly what a real message would get. Changes nothing.
 */
@ApplicationScoped
public class Triage {

    private final LanguageDecisions languages;

    public Triage(LanguageDecisions languages) {
        this.languages = languages;
    }

    /**
     * In the caller's session.
     *
     * @param customer the customer the message is from, or null when unknown
     */
    public Uni<Assessment> assess(InboundMessage message, CustomerEntity customer, RoutingRules rules, Instant now) {
        return languages.current().map(decider -> {
            LanguageDecision language = decider.decide(textOf(message), hints(message, customer));
            String tier = message.metadata().getOrDefault(CustomerDirectory.TIER_METADATA,
                    customer == null ? null : customer.tier);
            Classification classification = rules.classify(new MessageFacts(message.channel(), message.provider(),
                    message.flags(), tier, language.tag(), message.subject(), message.text()));
            Instant due = classification.firstResponse() == null ? null : now.plus(classification.firstResponse());
            return new Assessment(language, classification, rules, due);
        });
    }

    /** Puts the assessment on a conversation that is (again) waiting for its first agent. */
    public static void apply(Assessment assessment, ConversationEntity conversation, Instant now) {
        conversation.language = assessment.language().tag();
        conversation.languageConfidence = assessment.language().confidence();
        conversation.languageSource = assessment.language().source().name().toLowerCase(Locale.ROOT);
        conversation.skills = new HashMap<>(assessment.classification().skills());
        conversation.priority = assessment.classification().priority();
        conversation.slaDueAt = assessment.slaDueAt();
        conversation.stage = 0;
        conversation.stageSince = now;
    }

    private static String textOf(InboundMessage message) {
        return message.text() != null && !message.text().isBlank() ? message.text() : message.subject();
    }

    /** Email states its language in Content-Language; other channels report the browser's or app's locale. */
    private static LanguageHints hints(InboundMessage message, CustomerEntity customer) {
        CustomerIdentity identity = message.customer();
        String locale = identity == null ? null : identity.locale();
        boolean email = message.channel() == Channel.EMAIL;
        return new LanguageHints(message.languageHint(), customer == null ? null : customer.language,
                identity == null ? null : identity.phone(), email ? locale : null, email ? null : locale);
    }
}
