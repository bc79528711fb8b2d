package dev.switchboard.router.domain;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.contracts.OutboundMessage;
import dev.switchboard.contracts.Presence;
import dev.switchboard.router.config.LifecycleSettings;
import dev.switchboard.router.config.RouterSettings;
import dev.switchboard.router.persistence.AgentEntity;
import dev.switchboard.router.persistence.ConversationEntity;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.CustomerRepository;
import dev.switchboard.router.persistence.MessageRepository;
import dev.switchboard.router.persistence.QueueRepository;
import dev.switchboard.router.persistence.StaffRepository;
import dev.switchboard.router.routing.ShiftCalendar;
import io.smallrye.mutiny.Uni;

/**
 * The automatic acknowledgement of a new conversation, with an honest expected wait ({@link ExpectedWait}), or,
 * when nobody who speaks the customer's language is on shift, when the next one starts. Built inside the intake
 * transaction once the routing decision is made, from the conversation and customer intake holds, and sent only
 * after that transaction has committed. Its id derives from the conversation, and a redelivered inbound record (its
 * message already stored) builds it again from what is stored, so the connector gets the same acknowledgement and
 * sends it once.
 */
@ApplicationScoped
public class Acknowledgements {

    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final CustomerRepository customers;
    private final QueueRepository queue;
    private final StaffRepository staff;
    private final AgentCalendars calendars;
    private final RouterSettings routerSettings;
    private final LifecycleSettings settings;
    private final Clock clock;

    public Acknowledgements(MessageRepository messages, ConversationRepository conversations,
            CustomerRepository customers, QueueRepository queue, StaffRepository staff, AgentCalendars calendars,
            RouterSettings routerSettings, LifecycleSettings settings, Clock clock) {
        this.messages = messages;
        this.conversations = conversations;
        this.customers = customers;
        this.queue = queue;
        this.staff = staff;
        this.calendars = calendars;
        this.routerSettings = routerSettings;
        this.settings = settings;
        this.clock = clock;
    }

    /** The acknowledgement of a conversation intake has just started and routed. */
    public Uni<Optional<OutboundMessage>> forNewConversation(ConversationEntity conversation,
            CustomerEntity customer) {
        if (conversation.status == ConversationStatus.CLOSED) {
            return none();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String primary = primary(conversation.language);
        AcknowledgementTexts texts = AcknowledgementTexts.in(
                conversation.language != null ? conversation.language : customer.locale);
        Uni<Long> position = conversation.status == ConversationStatus.QUEUED
                ? queue.ahead(conversation, primary).map(ahead -> ahead + 1)
                : Uni.createFrom().item(0L);
        return position.chain(place -> staff.speakersOf(primary).map(speakers -> {
            String text = text(conversation, customer, texts, place, speakers, now);
            return Optional.of(Outbound.acknowledgement(conversation, customer, text, texts.language(), now));
        }));
    }

    /**
     * The acknowledgement again for a redelivered inbound message, read from what is stored, if the message started
     * its conversation; runs in the caller's session.
     */
    public Uni<Optional<OutboundMessage>> forStored(InboundMessage inbound) {
        UUID messageId = UUID.fromString(
                MessageIds.canonicalId(inbound.channel(), inbound.provider(), inbound.providerMessageId()));
        return messages.findById(messageId).chain(message -> message == null ? none()
                : messages.count("conversationId = ?1 and author = ?2", message.conversationId,
                        MessageAuthor.CUSTOMER)
                        .chain(count -> count != 1 ? none()
                                : conversations.findById(message.conversationId).chain(conversation -> {
                                    if (conversation == null) {
                                        return none();
                                    }
                                    return customers.findById(conversation.customerId)
                                            .chain(customer -> forNewConversation(conversation, customer));
                                })));
    }

    private String text(ConversationEntity conversation, CustomerEntity customer, AcknowledgementTexts texts,
            long position, List<AgentEntity> speakers, Instant now) {
        long slots = speakers.stream()
                .filter(agent -> agent.presence != Presence.OFFLINE && calendars.of(agent).onShift(now))
                .mapToLong(agent -> agent.capacity.getOrDefault(conversation.channel.name(),
                        routerSettings.defaultCapacity()))
                .sum();
        Duration wait = ExpectedWait.of(position, slots, settings.expectedHandleTime());
        if (wait != null) {
            return texts.expectedWait(wait);
        }
        return speakers.stream()
                .map(agent -> nextStart(calendars.of(agent), now))
                .flatMap(Optional::stream)
                .filter(start -> start.isAfter(now))
                .min(Instant::compareTo)
                .map(start -> texts.nextShift(start, zoneOf(customer)))
                .orElseGet(texts::noEstimate);
    }

    /** The next shift start; for an agent on shift now but offline, the start after the current shift. */
    private static Optional<Instant> nextStart(ShiftCalendar calendar, Instant now) {
        return calendar.onShift(now) ? calendar.shiftEnd(now).flatMap(calendar::nextShiftStart)
                : calendar.nextShiftStart(now);
    }

    private static ZoneId zoneOf(CustomerEntity customer) {
        if (customer == null || customer.timeZone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(customer.timeZone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static String primary(String tag) {
        return tag == null || tag.isBlank() ? null
                : Objects.requireNonNull(tag).split("-", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static Uni<Optional<OutboundMessage>> none() {
        return Uni.createFrom().item(Optional.empty());
    }
}
