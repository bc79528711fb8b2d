package dev.switchboard.ingest.core;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers as the contract wants them: E.164, with the country they belong to. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** A parsed number: {@code e164} like +14155550100, {@code country} ISO 3166-1 alpha-2 or null. */
    public record E164(String e164, String country) {
    }

    /**
     * Parses a number as a provider sent it ("+1 415-555-0100", "whatsapp:+14155550100", "0044 20 7946 0958").
     * Numbers without a country code are read in {@code defaultRegion} (may be null). Empty when it is not a
     * possible phone number (a SIP URI, an extension, "anonymous").
     */
    public static Optional<E164> parse(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String number = raw.trim();
        int colon = number.indexOf(':');
        if (colon > 0 && number.substring(0, colon).chars().allMatch(Character::isLetter)) {
            number = number.substring(colon + 1);
        }
        if (number.startsWith("00")) {
            number = "+" + number.substring(2);
        }
        try {
            PhoneNumber parsed = UTIL.parse(number, defaultRegion == null ? "ZZ" : defaultRegion);
            if (!UTIL.isPossibleNumber(parsed)) {
                return Optional.empty();
            }
            String region = UTIL.getRegionCodeForNumber(parsed);
            return Optional.of(new E164(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164),
                    region == null || "ZZ".equals(region) ? null : region));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
