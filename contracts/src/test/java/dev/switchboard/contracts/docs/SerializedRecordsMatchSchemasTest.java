package dev.switchboard.contracts.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.contracts.OutboundMessage;

/** Records as Jackson writes them are valid against the committed schemas, and broken ones are not. */
class SerializedRecordsMatchSchemasTest {

    private static final ObjectMapper JSON = ContractJson.mapper();
    // Formats (date-time, uuid) are only annotations in 2020-12 unless asserted, and the contract means them.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, registry -> registry.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<Class<?>, Schema> SCHEMAS = ContractDocs.PUBLISHED.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, entry -> load(entry.getKey())));

    static Stream<Object> samples() {
        return Stream.of(List.of(ContractSamples.inbound()), ContractSamples.agentEvents(),
                ContractSamples.deliveries(), ContractSamples.outbound()).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serializedRecordIsValidAndReadsBackEqual(Object record) throws IOException {
        Class<?> published = publishedType(record);
        JsonNode json = JSON.valueToTree(record);

        assertEquals(List.of(), messages(SCHEMAS.get(published).validate(json)), json.toString());
        assertEquals(record, JSON.treeToValue(json, published));
    }

    @Test
    void inboundSampleSetsEveryField() {
        JsonNode json = JSON.valueToTree(ContractSamples.inbound());

        assertEquals(componentNames(InboundMessage.class), fieldNames(json),
                "a new InboundMessage field needs a value in ContractSamples.inbound() so the schema check sees it");
    }

    @Test
    void samplesCoverEveryAgentEventAndDeliveryType() {
        assertEquals(subtypeNames(AgentEvent.class), typesOf(ContractSamples.agentEvents()));
        assertEquals(subtypeNames(Delivery.class), typesOf(ContractSamples.deliveries()));
        assertEquals(Set.of(OutboundMessage.Kind.values()),
                ContractSamples.outbound().stream().map(OutboundMessage::kind).collect(Collectors.toSet()));
    }

    @Test
    void inboundMessageWithoutConversationKeyIsRejected() {
        ObjectNode json = JSON.valueToTree(ContractSamples.inbound());
        json.remove("conversationKey");

        assertRejected(InboundMessage.class, json, "required", "conversationKey");
    }

    @Test
    void inboundMessageOnAnUnknownChannelIsRejected() {
        ObjectNode json = JSON.valueToTree(ContractSamples.inbound());
        json.put("channel", "FAX");

        assertRejected(InboundMessage.class, json, "enum", "channel");
    }

    @Test
    void instantsThatAreNotDateTimesAreRejected() {
        ObjectNode json = JSON.valueToTree(ContractSamples.inbound());
        json.put("sentAt", "23/11/2026 10:14");

        assertRejected(InboundMessage.class, json, "format", "sentAt");
    }

    @Test
    void recordOfAnotherSchemaVersionIsRejected() {
        ObjectNode json = JSON.valueToTree(ContractSamples.outbound().get(0));
        json.put("schemaVersion", OutboundMessage.SCHEMA_VERSION + 1);

        assertRejected(OutboundMessage.class, json, "const", "schemaVersion");
    }

    @Test
    void agentEventWithAPresenceOutsideTheEnumIsRejected() {
        ObjectNode json = JSON.valueToTree(ContractSamples.agentEvents().get(0));
        json.put("presence", "BUSY");

        assertRejected(AgentEvent.class, json, "enum", "presence");
    }

    @Test
    void deliveryOfAnUnknownTypeIsRejected() {
        ObjectNode json = JSON.valueToTree(ContractSamples.deliveries().get(0));
        json.put("type", "ping");

        assertRejected(Delivery.class, json, "const", "type");
    }

    @Test
    void offerWithoutExpiryIsRejected() {
        ObjectNode json = JSON.valueToTree(ContractSamples.deliveries().get(0));
        json.remove("expiresAt");

        assertRejected(Delivery.class, json, "required", "expiresAt");
    }

    /** The compatibility policy: a newer producer may add fields; the schema and every reader accept them. */
    @Test
    void fieldsAddedByANewerProducerAreAcceptedAndIgnored() throws IOException {
        InboundMessage message = ContractSamples.inbound();
        ObjectNode json = JSON.valueToTree(message);
        json.put("sentiment", "unhappy");

        assertEquals(List.of(), messages(SCHEMAS.get(InboundMessage.class).validate(json)));
        assertEquals(message, JSON.treeToValue(json, InboundMessage.class));
    }

    @Test
    void readmeExampleIsAValidInboundMessageWithItsCanonicalId() throws IOException {
        String readme = Files.readString(ContractDocs.directory().resolve("README.md"));
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "README.md has a json example");
        JsonNode json = JSON.readTree(block.group(1));

        assertEquals(List.of(), messages(SCHEMAS.get(InboundMessage.class).validate(json)));
        InboundMessage example = JSON.treeToValue(json, InboundMessage.class);
        assertEquals(MessageIds.canonicalId(example.channel(), example.provider(), example.providerMessageId()),
                example.id());
    }

    /** Fails unless validation reports {@code keyword} for {@code field} (in a oneOf branch, for sealed types). */
    private static void assertRejected(Class<?> published, JsonNode json, String keyword, String field) {
        List<Error> errors = SCHEMAS.get(published).validate(json);

        assertTrue(errors.stream().anyMatch(error -> error.getKeyword().equals(keyword)
                && (field.equals(error.getProperty()) || ("/" + field).equals(error.getInstanceLocation().toString()))),
                "expected a " + keyword + " error on " + field + ", got " + messages(errors));
    }

    private static Class<?> publishedType(Object record) {
        return ContractDocs.PUBLISHED.values().stream().filter(type -> type.isInstance(record)).findFirst()
                .orElseThrow(() -> new AssertionError(record.getClass() + " has no published schema"));
    }

    private static Schema load(String name) {
        try {
            return REGISTRY.getSchema(Files.readString(ContractDocs.schemaFile(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    private static Set<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> fieldNames(JsonNode json) {
        Set<String> names = new TreeSet<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> subtypeNames(Class<?> sealed) {
        return Arrays.stream(sealed.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> typesOf(List<?> records) {
        return records.stream().map(record -> JSON.valueToTree(record).path("type").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
