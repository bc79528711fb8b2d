package dev.switchboard.router.language;

/**
 * The language a conversation is routed in, how sure the decider is, and which source decided.
 *
 * @param tag        BCP 47 tag, never null
 * @param confidence 0 to 1; 1 for an explicit hint, 0 when nothing decided and the default applied
 */
public record LanguageDecision(String tag, double confidence, Source source) {

    public enum Source {
        /** The channel or customer said so explicitly (chat widget choice, IVR menu, API field). */
        HINT,
        /** The customer's known language from earlier conversations. */
        CUSTOMER,
        /** Detected on the message text, restricted to the served languages and weighted by channel priors. */
        DETECTED,
        /** Nothing decided: the best channel prior among the served languages, else the organisation's default. */
        DEFAULT
    }
}
