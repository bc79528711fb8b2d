package dev.switchboard.ingest.social.config;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The secret one webhook account is checked with, and the property that holds it, so a refusal can say what to set
 * without ever showing a value. The account is the name in the webhook path; no name means the provider's unnamed
 * endpoint, configured by the keys that predate named accounts.
 */
public record AccountSecret(String value, String property) {

    /**
     * @param prefix the provider's prefix, e.g. {@code switchboard.social.meta}
     * @param accounts the map property under the prefix, e.g. {@code apps}
     * @param name the secret's property name, e.g. {@code app-secret}
     */
    static <T> AccountSecret of(String prefix, String accounts, String name, String account,
            Optional<String> unnamed, Map<String, T> named, Function<T, String> secret) {
        if (account == null) {
            return new AccountSecret(unnamed.orElse(null), prefix + "." + name);
        }
        T entry = named.get(account);
        return new AccountSecret(entry == null ? null : secret.apply(entry),
                prefix + "." + accounts + "." + account + "." + name);
    }

    public boolean configured() {
        return value != null;
    }

    /** Why a request to an account without its secret is refused. */
    public String notConfigured(String provider) {
        return provider + " webhooks are not configured here for this path (" + property + ")";
    }

    @Override
    public String toString() {
        return "AccountSecret[" + property + "]";
    }
}
