package dev.switchboard.contracts.docs;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfig;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaKeyword;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Attachment;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.OutboundMessage;

/**
 * Generates the published JSON Schemas from the records, so the schemas say what the records are. Descriptions come
 * from the records' Jackson annotations; which fields a producer must always set is decided here, because a Jackson
 * {@code required} would also make every reader reject records without them.
 */
final class ContractSchemas {

    private static final List<String> AGENT_EVENT = List.of("id", "schemaVersion", "agentId", "occurredAt");
    private static final List<String> DELIVERY = List.of("id", "schemaVersion", "agentId", "conversationId",
            "createdAt");

    /**
     * Fields every producer sets, besides primitives (always written). A new field is optional until listed here:
     * adding an optional field is the compatible change.
     */
    static final Map<Class<?>, Set<String>> REQUIRED = Map.ofEntries(
            Map.entry(InboundMessage.class, Set.of("id", "schemaVersion", "channel", "provider", "conversationKey",
                    "providerMessageId", "customer", "receivedAt")),
            Map.entry(Attachment.class, Set.of("location")),
            Map.entry(AgentEvent.PresenceChanged.class, with(AGENT_EVENT, "presence")),
            Map.entry(AgentEvent.OfferAccepted.class, with(AGENT_EVENT, "offerId", "conversationId")),
            Map.entry(AgentEvent.OfferDeclined.class, with(AGENT_EVENT, "offerId", "conversationId")),
            Map.entry(AgentEvent.ReplySent.class, with(AGENT_EVENT, "conversationId", "text")),
            Map.entry(AgentEvent.ConversationClosed.class, with(AGENT_EVENT, "conversationId")),
            Map.entry(AgentEvent.TransferRequested.class, with(AGENT_EVENT, "conversationId")),
            Map.entry(Delivery.Offer.class, with(DELIVERY, "offerId", "channel", "provider", "customer", "skills",
                    "expiresAt")),
            Map.entry(Delivery.Assigned.class, with(DELIVERY, "channel", "customer", "history")),
            Map.entry(Delivery.FollowUp.class, with(DELIVERY, "message")),
            Map.entry(Delivery.Revoked.class, with(DELIVERY, "reason")),
            Map.entry(Delivery.CustomerSummary.class, Set.of("customerId")),
            Map.entry(Delivery.ConversationMessage.class, Set.of("messageId", "from", "at")),
            Map.entry(OutboundMessage.class, Set.of("id", "schemaVersion", "kind", "conversationId", "channel",
                    "provider", "to", "text", "createdAt")));

    private final SchemaGenerator generator = new SchemaGenerator(config());

    /** The schema of a published record as its file holds it. */
    String render(Class<?> record) {
        return SchemaText.render(generate(record));
    }

    ObjectNode generate(Class<?> record) {
        ObjectNode schema = generator.generateSchema(record);
        schema.put("title", record.getSimpleName());
        return SchemaText.inReadingOrder(schema);
    }

    private static SchemaGeneratorConfig config() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                // SealedTypeSchemas writes AgentEvent and Delivery as a oneOf of records, each with its "type".
                .with(new JacksonModule(JacksonOption.SKIP_SUBTYPE_LOOKUP, JacksonOption.IGNORE_TYPE_INFO_TRANSFORM));
        config.forTypesInGeneral()
                .withCustomDefinitionProvider(new SealedTypeSchemas())
                .withCustomDefinitionProvider(ContractSchemas::stringMap)
                .withPropertySorter(Comparator.comparingInt(ContractSchemas::declarationIndex));
        config.forFields()
                .withRequiredCheck(field -> field.getType().isPrimitive()
                        || REQUIRED.getOrDefault(field.getDeclaringType().getErasedType(), Set.of())
                                .contains(field.getName()))
                .withDescriptionResolver(ContractSchemas::description)
                .withArrayUniqueItemsResolver(field -> Set.class.isAssignableFrom(field.getType().getErasedType())
                        ? Boolean.TRUE
                        : null)
                .withStringFormatResolver(field -> field.getDeclaringType().getErasedType() == InboundMessage.class
                        && field.getName().equals("id") ? "uuid" : null)
                .withInstanceAttributeOverride(ContractSchemas::schemaVersionConstant);
        return config.build();
    }

    /** A record's own description, else the one on the sealed interface's accessor (id, agentId, ...). */
    private static String description(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return null;
        }
        JsonPropertyDescription own = field.getAnnotationConsideringFieldAndGetter(JsonPropertyDescription.class);
        if (own != null) {
            return own.value();
        }
        return Arrays.stream(field.getDeclaringType().getErasedType().getInterfaces())
                .flatMap(type -> accessor(type, field.getName()))
                .map(method -> method.getAnnotation(JsonPropertyDescription.class))
                .filter(Objects::nonNull)
                .map(JsonPropertyDescription::value)
                .findFirst().orElse(null);
    }

    private static Stream<Method> accessor(Class<?> type, String name) {
        try {
            return Stream.of(type.getMethod(name));
        } catch (NoSuchMethodException e) {
            return Stream.empty();
        }
    }

    /** One schema file per version: a version 1 reader's schema rejects a version 2 record. */
    private static void schemaVersionConstant(ObjectNode property, FieldScope field, SchemaGenerationContext context) {
        if (!field.getName().equals("schemaVersion")) {
            return;
        }
        Class<?> owner = field.getDeclaringType().getErasedType();
        try {
            property.put(context.getKeyword(SchemaKeyword.TAG_CONST), owner.getField("SCHEMA_VERSION").getInt(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(owner + " has a schemaVersion but no SCHEMA_VERSION constant", e);
        }
    }

    /** metadata: an object of strings, inline rather than a definition named after the Java type. */
    private static CustomDefinition stringMap(ResolvedType type, SchemaGenerationContext context) {
        if (!Map.class.isAssignableFrom(type.getErasedType())) {
            return null;
        }
        ResolvedType values = type.typeParametersFor(Map.class).get(1);
        ObjectNode definition = context.getGeneratorConfig().createObjectNode()
                .put(context.getKeyword(SchemaKeyword.TAG_TYPE), context.getKeyword(SchemaKeyword.TAG_TYPE_OBJECT));
        definition.set(context.getKeyword(SchemaKeyword.TAG_ADDITIONAL_PROPERTIES), context.createDefinition(values));
        return new CustomDefinition(definition, CustomDefinition.DefinitionType.INLINE,
                CustomDefinition.AttributeInclusion.YES);
    }

    private static int declarationIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        if (components != null) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(member.getDeclaredName())) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Set<String> with(List<String> envelope, String... fields) {
        return Stream.concat(envelope.stream(), Stream.of(fields)).collect(Collectors.toSet());
    }
}
