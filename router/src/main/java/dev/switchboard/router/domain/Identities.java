package dev.switchboard.router.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;

/**
 * How customers are recognised across channels: an email address (lower-cased), an E.164 number, or a provider's
 * handle written {@code provider:handle} ({@code telegram:12345}, {@code whatsapp:34600111222}).
 */
public final class Identities {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().-]");
    private static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");
    private static final int MAX_LENGTH = 320;

    private Identities() {
    }

    /** The identities a message carries, most specific to a person first: email, phone, then handle. */
    public static List<String> of(InboundMessage message) {
        List<String> identities = new ArrayList<>();
        CustomerIdentity customer = message.customer();
        if (customer == null) {
            return identities;
        }
        addIfValid(identities, email(customer.email()));
        addIfValid(identities, phone(customer.phone()));
        if (customer.handle() != null && !customer.handle().isBlank() && message.provider() != null) {
            String provider = message.provider().strip().toLowerCase(Locale.ROOT);
            addIfValid(identities, provider + ":" + customer.handle().strip());
        }
        return identities;
    }

    /**
     * An identity as a person types it: {@code ana@example.com}, {@code +34600111222}, {@code telegram:12345}; an
     * {@code email:} or {@code phone:} prefix is allowed.
     *
     * @throws IllegalArgumentException when it is none of these
     */
    public static String parse(String identity) {
        if (identity == null || identity.isBlank() || identity.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an identity is required");
        }
        String value = identity.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("email:") || !lower.startsWith("+") && !value.contains(":") && value.contains("@")) {
            String email = email(value.substring(lower.startsWith("email:") ? "email:".length() : 0));
            if (email == null) {
                throw new IllegalArgumentException("'" + identity + "' is not an email address");
            }
            return email;
        }
        if (lower.startsWith("phone:") || value.startsWith("+")) {
            String phone = phone(value.substring(lower.startsWith("phone:") ? "phone:".length() : 0));
            if (phone == null) {
                throw new IllegalArgumentException("'" + identity + "' is not an E.164 number such as +34600111222");
            }
            return phone;
        }
        int colon = value.indexOf(':');
        if (colon > 0 && colon < value.length() - 1 && PROVIDER.matcher(lower.substring(0, colon)).matches()) {
            return lower.substring(0, colon) + ":" + value.substring(colon + 1).strip();
        }
        throw new IllegalArgumentException("'" + identity
                + "' is not an email address, an E.164 number or a provider handle such as telegram:12345");
    }

    private static String email(String email) {
        if (email == null) {
            return null;
        }
        String lower = email.strip().toLowerCase(Locale.ROOT);
        return EMAIL.matcher(lower).matches() ? lower : null;
    }

    private static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String compact = PHONE_PUNCTUATION.matcher(phone.strip()).replaceAll("");
        return E164.matcher(compact).matches() ? compact : null;
    }

    private static void addIfValid(List<String> identities, String identity) {
        if (identity != null && identity.length() <= MAX_LENGTH && !identities.contains(identity)) {
            identities.add(identity);
        }
    }
}
