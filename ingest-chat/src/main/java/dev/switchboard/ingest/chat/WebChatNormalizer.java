package dev.switchboard.ingest.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.core.Text;
import dev.switchboard.servicekit.ProblemException;

/** Checks a web-chat post and turns it into the canonical message. */
@ApplicationScoped
public class WebChatNormalizer {

    static final String PROVIDER = "webchat";
    private static final int MAX_ID_LENGTH = 200;
    /** Browsers send few distinct locales and zones; parsing each one per request showed in profiles. */
    private static final int MAX_CACHED = 1024;

    private final Metadata metadata;
    private final Clock clock;
    private final Map<String, String> locales = new ConcurrentHashMap<>();
    private final Map<String, String> zones = new ConcurrentHashMap<>();

    @Inject
    public WebChatNormalizer(Metadata metadata) {
        this(metadata, Clock.systemUTC());
    }

    WebChatNormalizer(Metadata metadata, Clock clock) {
        this.metadata = metadata;
        this.clock = clock;
    }

    public InboundMessage normalize(WebChatMessage post) {
        if (post == null) {
            throw ProblemException.badInput(null, "the body must be a web-chat message object");
        }
        String sessionId = requireId("sessionId", post.sessionId());
        String messageId = requireId("clientMessageId", post.clientMessageId());
        String text = Text.normalizeOrNull(post.text());
        if (text == null) {
            throw ProblemException.badInput("text", "text is required and must not be blank");
        }
        WebChatMessage.Visitor visitor = post.visitor() == null
                ? new WebChatMessage.Visitor(null, null, null)
                : post.visitor();
        CustomerIdentity customer = new CustomerIdentity(
                emailOrNull(visitor.email()),
                null,
                visitor.id() == null ? "session:" + sessionId : visitor.id(),
                Text.normalizeOrNull(visitor.name()),
                localeOrNull(post.locale()),
                zoneOrNull(post.timeZone()),
                null);
        Instant now = clock.instant();
        return new InboundMessage(
                MessageIds.canonicalId(Channel.CHAT, PROVIDER, sessionId + "/" + messageId),
                InboundMessage.SCHEMA_VERSION,
                Channel.CHAT,
                PROVIDER,
                "chat:" + PROVIDER + ":" + sessionId,
                sessionId + "/" + messageId,
                customer,
                null,
                text,
                null,
                null,
                null,
                null,
                post.sentAt() == null ? now : post.sentAt(),
                now,
                null,
                metadata.builder().put("pageUrl", post.pageUrl()).put("sessionId", sessionId).build());
    }

    private static String requireId(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badInput(field, field + " is required");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw ProblemException.badInput(field, field + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        return value;
    }

    private String localeOrNull(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return cached(locales, tag, raw -> {
            try {
                return new Locale.Builder().setLanguageTag(raw.replace('_', '-')).build().toLanguageTag();
            } catch (IllformedLocaleException e) {
                throw ProblemException.badInput("locale", "'" + raw + "' is not a BCP 47 language tag");
            }
        });
    }

    private String zoneOrNull(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        return cached(zones, zone, raw -> {
            try {
                return ZoneId.of(raw).getId();
            } catch (RuntimeException e) {
                throw ProblemException.badInput("timeZone", "'" + raw + "' is not an IANA time zone");
            }
        });
    }

    /** Only valid values are kept, and no more than {@link #MAX_CACHED}, so posted junk cannot grow the cache. */
    private static String cached(Map<String, String> cache, String raw, UnaryOperator<String> canonical) {
        String known = cache.get(raw);
        if (known != null) {
            return known;
        }
        String value = canonical.apply(raw);
        if (cache.size() < MAX_CACHED) {
            cache.put(raw, value);
        }
        return value;
    }

    private static String emailOrNull(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            throw ProblemException.badInput("visitor.email", "'" + email + "' is not an email address");
        }
        return email.substring(0, at) + "@" + email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
