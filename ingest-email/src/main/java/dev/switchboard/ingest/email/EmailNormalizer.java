package dev.switchboard.ingest.email;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.core.Text;

/**
 * A raw RFC 5322 message, or the fields a provider parsed it into, to the canonical inbound message. Never throws
 * for bad input: it flags it.
 */
@ApplicationScoped
public class EmailNormalizer {

    public static final String RAW_PROVIDER = "smtp";

    private final MimeParser parser;
    private final EmailAttachments attachments;
    private final Metadata metadata;
    private final EmailSettings settings;
    private final Clock clock;

    @Inject
    public EmailNormalizer(EmailAttachments attachments, Metadata metadata, EmailSettings settings) {
        this(attachments, metadata, settings, Clock.systemUTC());
    }

    EmailNormalizer(EmailAttachments attachments, Metadata metadata, EmailSettings settings, Clock clock) {
        this.parser = new MimeParser(new MimeLimits(settings.limits().maxDepth(), settings.limits().maxParts(),
                settings.limits().maxHeaders()));
        this.attachments = attachments;
        this.metadata = metadata;
        this.settings = settings;
        this.clock = clock;
    }

    public InboundMessage normalize(byte[] raw, String provider) {
        return normalize(raw, EmailSource.raw(provider, raw));
    }

    /** A raw message a provider delivered, with what the provider adds ({@code source}). */
    public InboundMessage normalize(byte[] raw, EmailSource source) {
        return normalize(parser.parse(raw), source);
    }

    /** A message a provider posted as fields. */
    public InboundMessage normalize(WebhookEmail email, EmailSource source) {
        return normalize(email.parse(parser), source);
    }

    private InboundMessage normalize(ParsedEmail email, EmailSource source) {
        String provider = source.provider();
        ProblemLog problems = new ProblemLog();
        source.problems().forEach(problems::add);
        email.problems().forEach(problems::add);

        String subject = Text.normalizeOrNull(email.header("Subject").map(h -> h.text(problems)).orElse(null));
        List<Addresses.Person> from = mailboxes(email, "From", problems);
        Addresses.Person customer = customer(email, from, problems);
        List<Addresses.Person> to = mailboxes(email, "To", problems);
        List<Addresses.Person> cc = mailboxes(email, "Cc", problems);

        List<String> ownIds = Threading.ids(email.value("Message-ID"), problems, "Message-ID");
        String messageId = ownIds.isEmpty() ? null : ownIds.get(0);
        List<String> inReplyTo = Threading.ids(email.value("In-Reply-To"), problems, "In-Reply-To");
        List<String> references = new ArrayList<>();
        email.all("References").forEach(h -> Threading.ids(h.value(), problems, "References").stream()
                .filter(id -> !references.contains(id)).forEach(references::add));
        String root = Threading.root(references, inReplyTo, messageId);
        String rawSha256 = Threading.sha256(source.original());
        String conversationKey = root != null ? Threading.key(root)
                : Threading.subjectKey(subject, participants(customer, to, cc));

        Instant now = clock.instant();
        Instant sentAt = sentAt(email, problems).orElse(now);
        EmailBody body = EmailBody.of(email, problems);
        EmailAttachments.Stored stored = attachments.store(email);
        String rawLocation = attachments.storeRaw(source.original(), rawSha256);
        String contentLanguage = LanguageHints.contentLanguage(email.value("Content-Language"));
        String language = contentLanguage != null ? contentLanguage : LanguageHints.fromCharset(charsetLabel(body));

        Set<MessageFlag> flags = EmailFlags.of(email, customer == null ? null : customer.address(), subject);
        if (!problems.isEmpty()) {
            flags.add(MessageFlag.MALFORMED);
        }
        String providerMessageId = messageId != null ? messageId
                : source.providerId() != null ? source.providerId() : "sha256:" + rawSha256;
        int maxText = settings.limits().maxTextLength();
        Metadata.Builder meta = metadata.builder()
                .put("email.from", from.size() == 1 && from.get(0).equals(customer) ? null : addresses(from))
                .put("email.to", addresses(to))
                .put("email.cc", addresses(cc))
                .put("email.inReplyTo", String.join(" ", inReplyTo))
                .put("email.references", String.join(" ", references))
                .put("email.threadRoot", root)
                .put("email.contentType", email.contentType())
                .put("email.charset", body.charset())
                .put("email.autoSubmitted", email.value("Auto-Submitted"))
                .put("email.tnef", stored.attachments().stream()
                        .anyMatch(a -> EmailAttachments.TNEF.equals(a.mediaType())) ? "true" : null)
                .put("email.uuencoded", email.parts().stream().anyMatch(MimePart::isUuencoded) ? "true" : null)
                .put("email.attachments.notStored", stored.notStored() > 0 ? stored.notStored() : null)
                .put("email.text.cut", isCut(body, maxText) ? "true" : null)
                .put("email.raw", rawLocation)
                .put("email.raw.sha256", rawSha256)
                .put("email.raw.contentType",
                        EmailSource.RFC822.equals(source.originalType()) ? null : source.originalType())
                .put("email.problems", problems.isEmpty() ? null : String.join(" | ", problems.problems()));
        // The provider's entries come after the message's own, which the metadata bound keeps first.
        source.metadata().forEach(meta::put);
        return new InboundMessage(
                MessageIds.canonicalId(Channel.EMAIL, provider, providerMessageId),
                InboundMessage.SCHEMA_VERSION,
                Channel.EMAIL,
                provider,
                conversationKey,
                providerMessageId,
                customer == null ? null : new CustomerIdentity(customer.address(), null, null,
                        Text.normalizeOrNull(customer.name()), contentLanguage, null, null),
                subject,
                Text.normalizeOrNull(cut(body.text(), maxText)),
                Text.normalizeOrNull(cut(body.quoted(), maxText)),
                Text.normalizeOrNull(cut(body.html(), maxText)),
                stored.attachments(),
                language,
                sentAt,
                now,
                flags,
                meta.build());
    }

    private static List<Addresses.Person> mailboxes(ParsedEmail email, String field, ProblemLog problems) {
        List<HeaderField> headers = email.all(field);
        if (headers.size() > 1 && field.equals("From")) {
            problems.add("From appears " + headers.size() + " times");
        }
        List<Addresses.Person> people = new ArrayList<>();
        headers.forEach(h -> Addresses.parse(h.value(), problems, field).stream()
                .filter(p -> people.stream().noneMatch(known -> known.address().equalsIgnoreCase(p.address())))
                .forEach(people::add));
        return people;
    }

    /**
     * The sender: the first From mailbox, except that a mailing-list or group address yields to the original
     * sender the list names (X-Original-Sender, as Google Groups sets it).
     */
    private static Addresses.Person customer(ParsedEmail email, List<Addresses.Person> from, ProblemLog problems) {
        if (from.size() > 1) {
            problems.add("From has " + from.size() + " mailboxes");
        }
        List<Addresses.Person> original = Addresses.parse(email.value("X-Original-Sender"), new ProblemLog(), "X-Original-Sender");
        if (!original.isEmpty() && (from.isEmpty() || !from.get(0).address().equalsIgnoreCase(original.get(0).address()))) {
            return new Addresses.Person(original.get(0).address(), from.isEmpty() ? null : from.get(0).name());
        }
        if (from.isEmpty()) {
            problems.add("no sender address in From");
            List<Addresses.Person> sender = Addresses.parse(email.value("Sender"), new ProblemLog(), "Sender");
            return sender.isEmpty() ? null : sender.get(0);
        }
        return from.get(0);
    }

    private static Optional<Instant> sentAt(ParsedEmail email, ProblemLog problems) {
        String value = email.value("Date");
        if (value == null || value.isBlank()) {
            problems.add("Date missing");
            return Optional.empty();
        }
        Optional<Instant> date = MailDates.parse(value);
        if (date.isEmpty()) {
            problems.add("Date unreadable: " + value);
        }
        return date;
    }

    private static List<String> participants(Addresses.Person customer, List<Addresses.Person> to, List<Addresses.Person> cc) {
        List<String> all = new ArrayList<>();
        if (customer != null) {
            all.add(customer.address());
        }
        to.forEach(p -> all.add(p.address()));
        cc.forEach(p -> all.add(p.address()));
        return all;
    }

    private static String charsetLabel(EmailBody body) {
        return body.bodyParts().stream().filter(p -> p.messageDepth() == 0 && p.charset() != null)
                .map(MimePart::charset).findFirst().orElse(null);
    }

    private static String addresses(List<Addresses.Person> people) {
        return people.isEmpty() ? null : String.join(", ", people.stream().map(Addresses.Person::address).toList());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static boolean isCut(EmailBody body, int max) {
        return body.text().length() > max || body.quoted().length() > max
                || (body.html() != null && body.html().length() > max);
    }
}
