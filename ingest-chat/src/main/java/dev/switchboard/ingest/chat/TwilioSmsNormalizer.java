package dev.switchboard.ingest.chat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.switchboard.contracts.Attachment;
import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.core.PhoneNumbers;
import dev.switchboard.ingest.core.Text;
import dev.switchboard.servicekit.ProblemException;

/**
 * An inbound SMS or MMS as Twilio posts it (From, To, Body, MessageSid, NumMedia, MediaUrlN, …) into the
 * canonical message. One conversation per customer number and business number.
 */
@ApplicationScoped
public class TwilioSmsNormalizer {

    static final String PROVIDER = "twilio";
    private static final int MAX_MEDIA = 10;
    private static final Set<String> MAPPED = Set.of("From", "To", "Body", "MessageSid", "SmsMessageSid", "SmsSid",
            "NumMedia", "FromCountry", "ProfileName");

    private final Metadata metadata;
    private final Clock clock;

    @Inject
    public TwilioSmsNormalizer(Metadata metadata) {
        this(metadata, Clock.systemUTC());
    }

    TwilioSmsNormalizer(Metadata metadata, Clock clock) {
        this.metadata = metadata;
        this.clock = clock;
    }

    /** @param fields the form fields, one value each (Twilio sends no repeated fields on messaging webhooks) */
    public InboundMessage normalize(Map<String, String> fields) {
        String sid = firstPresent(fields, "MessageSid", "SmsMessageSid", "SmsSid")
                .orElseThrow(() -> ProblemException.badInput("MessageSid", "MessageSid is required"));
        String from = Optional.ofNullable(fields.get("From")).filter(f -> !f.isBlank())
                .orElseThrow(() -> ProblemException.badInput("From", "From is required"));
        List<Attachment> media = media(fields);
        String body = Text.normalizeOrNull(fields.get("Body"));
        if (body == null && media.isEmpty()) {
            throw ProblemException.badInput("Body", "Body is required when NumMedia is 0");
        }
        boolean whatsapp = from.startsWith("whatsapp:");
        Optional<PhoneNumbers.E164> customerNumber = PhoneNumbers.parse(from, fields.get("FromCountry"));
        String to = PhoneNumbers.parse(fields.get("To"), fields.get("ToCountry"))
                .map(PhoneNumbers.E164::e164).orElse(fields.get("To"));
        String customerKey = customerNumber.map(PhoneNumbers.E164::e164).orElse(from);
        Channel channel = whatsapp ? Channel.SOCIAL : Channel.SMS;
        String provider = whatsapp ? "twilio-whatsapp" : PROVIDER;
        Instant now = clock.instant();
        return new InboundMessage(
                MessageIds.canonicalId(channel, provider, sid),
                InboundMessage.SCHEMA_VERSION,
                channel,
                provider,
                channel.name().toLowerCase() + ":" + provider + ":" + customerKey + ":" + to,
                sid,
                new CustomerIdentity(null, customerNumber.map(PhoneNumbers.E164::e164).orElse(null),
                        customerNumber.isPresent() ? null : from, Text.normalizeOrNull(fields.get("ProfileName")),
                        null, null, customerNumber.map(PhoneNumbers.E164::country).orElse(fields.get("FromCountry"))),
                null,
                body,
                null,
                null,
                media,
                null,
                now,
                now,
                null,
                unmapped(fields));
    }

    private List<Attachment> media(Map<String, String> fields) {
        int count = parseCount(fields.get("NumMedia"));
        List<Attachment> media = new ArrayList<>();
        for (int i = 0; i < Math.min(count, MAX_MEDIA); i++) {
            String url = fields.get("MediaUrl" + i);
            if (url == null || url.isBlank()) {
                throw ProblemException.badInput("MediaUrl" + i, "NumMedia is " + count + " but MediaUrl" + i + " is missing");
            }
            media.add(new Attachment(null, fields.get("MediaContentType" + i), null, null, url));
        }
        return media;
    }

    private Map<String, String> unmapped(Map<String, String> fields) {
        Metadata.Builder builder = metadata.builder();
        fields.forEach((name, value) -> {
            if (!MAPPED.contains(name) && !name.startsWith("MediaUrl") && !name.startsWith("MediaContentType")) {
                builder.put("twilio." + name, value);
            }
        });
        return builder.build();
    }

    private static int parseCount(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badInput("NumMedia", "NumMedia must be a whole number, not '" + value + "'");
        }
    }

    private static Optional<String> firstPresent(Map<String, String> fields, String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
