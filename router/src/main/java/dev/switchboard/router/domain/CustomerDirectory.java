package dev.switchboard.router.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.switchboard.contracts.CustomerIdentity;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.router.language.LanguageDecision;
import dev.switchboard.router.persistence.ConversationRepository;
import dev.switchboard.router.persistence.CustomerEntity;
import dev.switchboard.router.persistence.CustomerIdentityEntity;
import dev.switchboard.router.persistence.CustomerIdentityRepository;
import dev.switchboard.router.persistence.CustomerRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Customers across channels. A message is matched to a customer by any identity it carries; identities not seen
 * before join that customer. Two messages racing to create the same new identity collide on its unique key, and
 * the loser's retry finds the winner's customer.
 */
@ApplicationScoped
public class CustomerDirectory {

    /** The metadata entry a connector (a CRM-aware chat widget, say) reports the customer's tier in. */
    public static final String TIER_METADATA = "customerTier";
    /** A detected language this sure, or a stated one, becomes the customer's known language. */
    static final double CONFIDENT = 0.8;
    private static final int RECENT = 20;
    private static final int MAX_MERGE_HOPS = 8;

    private final CustomerRepository customers;
    private final CustomerIdentityRepository identities;
    private final ConversationRepository conversations;

    public CustomerDirectory(CustomerRepository customers, CustomerIdentityRepository identities,
            ConversationRepository conversations) {
        this.customers = customers;
        this.identities = identities;
        this.conversations = conversations;
    }

    /** The customer the message is from, created when none of its identities is known; in the caller's transaction. */
    public Uni<CustomerEntity> resolve(InboundMessage message, Instant now) {
        List<String> carried = Identities.of(message);
        return identities.known(carried).chain(known -> {
            Map<String, UUID> owners = known.stream()
                    .collect(Collectors.toMap(i -> i.identity, i -> i.customerId));
            UUID owner = carried.stream().map(owners::get).filter(id -> id != null).findFirst().orElse(null);
            Uni<CustomerEntity> customer = owner == null ? create(message, now)
                    : survivorOf(owner).invoke(found -> absorb(found, message));
            return customer.chain(found -> attach(found, carried, owners.keySet(), now).replaceWith(found));
        });
    }

    /** The customer the message would be matched to, without creating or changing anything; null if none. */
    public Uni<CustomerEntity> peek(InboundMessage message) {
        List<String> carried = Identities.of(message);
        return identities.known(carried).chain(known -> {
            Map<String, UUID> owners = known.stream()
                    .collect(Collectors.toMap(i -> i.identity, i -> i.customerId));
            UUID owner = carried.stream().map(owners::get).filter(id -> id != null).findFirst().orElse(null);
            return owner == null ? Uni.createFrom().nullItem() : survivorOf(owner);
        });
    }

    /** The customer, or the one it was merged into. */
    public Uni<CustomerEntity> survivorOf(UUID id) {
        return follow(id, 0);
    }

    /** Keeps what a decision says about the customer's language when it is sure enough to reuse. */
    public static void learn(CustomerEntity customer, LanguageDecision decision) {
        boolean stated = decision.source() == LanguageDecision.Source.HINT;
        boolean detected = decision.source() == LanguageDecision.Source.DETECTED
                && decision.confidence() >= CONFIDENT;
        if (stated || detected) {
            customer.language = decision.tag();
        }
    }

    @WithSession
    public Uni<CustomerRecord> find(UUID id) {
        return customers.findById(id).chain(customer -> customer == null ? Uni.createFrom().nullItem()
                : record(customer));
    }

    /** The customer an identity names (after any merge), or null. */
    @WithSession
    public Uni<CustomerRecord> findByIdentity(String identity) {
        return identities.findById(identity).chain(found -> found == null ? Uni.createFrom().nullItem()
                : survivorOf(found.customerId).chain(this::record));
    }

    /**
     * Folds {@code fromId} into {@code survivorId}: its identities and conversations move over, what the survivor
     * does not know is taken from it, and it is marked merged. Both rows are locked in id order, so two merges of
     * the same customers cannot deadlock or cross.
     *
     * @return the survivor, or null when either customer does not exist
     * @throws MergeRefused when either was already merged into another
     */
    @WithTransaction
    public Uni<CustomerRecord> merge(UUID survivorId, UUID fromId) {
        boolean survivorFirst = survivorId.compareTo(fromId) < 0;
        UUID first = survivorFirst ? survivorId : fromId;
        UUID second = survivorFirst ? fromId : survivorId;
        return customers.lock(first).chain(a -> customers.lock(second).chain(b -> {
            CustomerEntity survivor = survivorFirst ? a : b;
            CustomerEntity from = survivorFirst ? b : a;
            if (survivor == null || from == null) {
                return Uni.createFrom().nullItem();
            }
            if (survivor.mergedInto != null || from.mergedInto != null) {
                CustomerEntity merged = survivor.mergedInto != null ? survivor : from;
                throw new MergeRefused("customer " + merged.id + " was already merged into " + merged.mergedInto);
            }
            takeOver(survivor, from);
            from.mergedInto = survivor.id;
            return identities.moveAll(from.id, survivor.id)
                    .chain(() -> conversations.moveAll(from.id, survivor.id))
                    .chain(() -> customers.repointMerged(from.id, survivor.id))
                    .chain(() -> record(survivor));
        }));
    }

    private Uni<CustomerRecord> record(CustomerEntity customer) {
        return identities.of(customer.id).chain(names -> conversations.ofCustomer(customer.id, RECENT)
                .map(recent -> new CustomerRecord(customer, names, recent)));
    }

    private Uni<CustomerEntity> follow(UUID id, int hops) {
        return customers.findById(id).chain(customer -> {
            if (customer == null || customer.mergedInto == null || hops >= MAX_MERGE_HOPS) {
                return Uni.createFrom().item(customer);
            }
            return follow(customer.mergedInto, hops + 1);
        });
    }

    /** A new customer, complete before it is persisted, so it is stored by one insert and no update. */
    private Uni<CustomerEntity> create(InboundMessage message, Instant now) {
        CustomerEntity customer = new CustomerEntity();
        customer.id = UUID.randomUUID();
        customer.createdAt = now;
        absorb(customer, message);
        return customers.persist(customer);
    }

    private Uni<Void> attach(CustomerEntity customer, List<String> carried, Set<String> known, Instant now) {
        List<CustomerIdentityEntity> fresh = carried.stream().filter(i -> !known.contains(i)).map(identity -> {
            CustomerIdentityEntity entity = new CustomerIdentityEntity();
            entity.identity = identity;
            entity.customerId = customer.id;
            entity.createdAt = now;
            return entity;
        }).toList();
        return fresh.isEmpty() ? Uni.createFrom().voidItem() : identities.persist(fresh);
    }

    /** What the channel says about the customer: first-seen addresses and name, latest locale, zone and tier. */
    private static void absorb(CustomerEntity customer, InboundMessage message) {
        CustomerIdentity identity = message.customer();
        if (identity != null) {
            customer.displayName = firstNonNull(customer.displayName, blankToNull(identity.displayName()));
            customer.email = firstNonNull(customer.email, blankToNull(identity.email()));
            customer.phone = firstNonNull(customer.phone, blankToNull(identity.phone()));
            customer.handle = firstNonNull(customer.handle, blankToNull(identity.handle()));
            customer.locale = firstNonNull(blankToNull(identity.locale()), customer.locale);
            customer.country = firstNonNull(blankToNull(identity.country()), customer.country);
            customer.timeZone = firstNonNull(zoneOrNull(identity.timeZone()), customer.timeZone);
        }
        customer.tier = firstNonNull(blankToNull(message.metadata().get(TIER_METADATA)), customer.tier);
    }

    private static void takeOver(CustomerEntity survivor, CustomerEntity from) {
        survivor.displayName = firstNonNull(survivor.displayName, from.displayName);
        survivor.email = firstNonNull(survivor.email, from.email);
        survivor.phone = firstNonNull(survivor.phone, from.phone);
        survivor.handle = firstNonNull(survivor.handle, from.handle);
        survivor.locale = firstNonNull(survivor.locale, from.locale);
        survivor.timeZone = firstNonNull(survivor.timeZone, from.timeZone);
        survivor.country = firstNonNull(survivor.country, from.country);
        survivor.language = firstNonNull(survivor.language, from.language);
        survivor.tier = firstNonNull(survivor.tier, from.tier);
        boolean fromServedLater = from.lastAgentAt != null
                && (survivor.lastAgentAt == null || from.lastAgentAt.isAfter(survivor.lastAgentAt));
        if (fromServedLater) {
            survivor.lastAgentId = from.lastAgentId;
            survivor.lastAgentAt = from.lastAgentAt;
        }
    }

    private static String zoneOrNull(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.strip()).getId();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
