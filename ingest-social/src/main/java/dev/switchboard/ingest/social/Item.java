package dev.switchboard.ingest.social;

import java.util.List;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.servicekit.ProblemException;

/**
 * One item of a webhook body (a WhatsApp message, a Messenger messaging event, a LINE event): either the message
 * it becomes, or why it is acknowledged without being published. {@code ref} says where it was in the body
 * ({@code entry[0].changes[1].value.messages[0]}).
 */
public record Item(String ref, InboundMessage message, String skipReason) {

    private static final Logger LOG = Logger.getLogger(Item.class);

    public static Item publish(String ref, InboundMessage message) {
        return new Item(ref, message, null);
    }

    public static Item skip(String ref, String reason) {
        return new Item(ref, null, reason);
    }

    public boolean published() {
        return message != null;
    }

    /**
     * Normalizes one item so that its failure becomes a skipped item instead of failing its siblings: a provider
     * retries a whole body on any non-2xx, and a body that always fails would be disabled.
     */
    public static List<Item> guard(String ref, Supplier<List<Item>> normalize) {
        try {
            return normalize.get();
        } catch (ProblemException e) {
            return List.of(skip(ref, "malformed: " + e.problem().detail()));
        } catch (RuntimeException e) {
            // The body is not logged (it is customer content); where it was and what failed is enough to find it.
            LOG.warnf("Could not normalize %s: %s", ref, e.toString());
            return List.of(skip(ref, "malformed: could not be read"));
        }
    }

    /** One item that becomes one message, or a skipped item when it cannot be read. */
    public static List<Item> publishing(String ref, Supplier<InboundMessage> normalize) {
        return guard(ref, () -> List.of(publish(ref, normalize.get())));
    }

    /** One item that may be published or skipped, or a skipped item when it cannot be read. */
    public static List<Item> one(String ref, Supplier<Item> normalize) {
        return guard(ref, () -> List.of(normalize.get()));
    }
}
