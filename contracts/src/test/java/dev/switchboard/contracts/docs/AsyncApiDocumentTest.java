package dev.switchboard.contracts.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.switchboard.contracts.AgentEvent;
import dev.switchboard.contracts.Delivery;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.OutboundMessage;
import dev.switchboard.contracts.Topics;

/** docs/contracts/asyncapi.yaml names every topic in {@link Topics}, and every reference in it resolves. */
class AsyncApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** What each topic carries; a new topic constant must be added here and to asyncapi.yaml. */
    private static final Map<String, Class<?>> PAYLOADS = Map.of(
            Topics.INBOUND, InboundMessage.class,
            Topics.AGENT_EVENTS, AgentEvent.class,
            Topics.DELIVERIES, Delivery.class,
            Topics.OUTBOUND, OutboundMessage.class);
    private static final String DEAD_LETTER = Topics.deadLetter("{consumer}");

    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        document = YAML.readTree(ContractDocs.asyncApi().toFile());
    }

    @Test
    void isAnAsyncApi3Document() {
        assertEquals("3.0.0", document.path("asyncapi").asText());
    }

    @Test
    void everyTopicIsAChannelAndEveryChannelATopic() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>(topicConstants());
        topics.add(DEAD_LETTER);

        assertEquals(topics, channelAddresses());
        assertEquals(topicConstants(), PAYLOADS.keySet(), "say in PAYLOADS which record a new topic carries");
    }

    @Test
    void eachTopicCarriesItsRecordsSchemaAndNamesItsKey() {
        PAYLOADS.forEach((topic, record) -> {
            JsonNode message = onlyMessage(channel(topic));

            assertEquals("./schemas/" + record.getSimpleName() + ".schema.json",
                    message.at("/payload/schema/$ref").asText(), topic + " payload");
            assertFalse(message.at("/bindings/kafka/key/description").asText().isBlank(), topic + " key");
            assertFalse(resolve(message.path("headers")).path("properties").isEmpty(), topic + " headers");
        });
    }

    @Test
    void everyTopicHasAPublisherAndAConsumer() {
        PAYLOADS.keySet().forEach(topic -> {
            Set<String> actions = new TreeSet<>();
            document.path("operations").forEach(operation -> {
                if (resolve(operation.path("channel")).path("address").asText().equals(topic)) {
                    actions.add(operation.path("action").asText());
                }
            });
            assertEquals(Set.of("send", "receive"), actions, topic);
        });
    }

    @Test
    void everyReferenceResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String ref : references(document)) {
            if (ref.startsWith("#")) {
                if (document.at(ref.substring(1)).isMissingNode()) {
                    broken.add(ref);
                }
            } else {
                Path file = ContractDocs.asyncApi().getParent().resolve(ref.split("#", 2)[0]).normalize();
                if (!Files.isRegularFile(file)) {
                    broken.add(ref + " (no file " + file + ")");
                }
            }
        }

        assertEquals(List.of(), broken);
    }

    @Test
    void everyPublishedSchemaIsReferenced() {
        Set<String> referenced = references(document).stream().filter(ref -> ref.startsWith("./schemas/"))
                .collect(Collectors.toSet());

        ContractDocs.PUBLISHED.keySet().forEach(name -> assertTrue(
                referenced.contains("./schemas/" + name + ".schema.json"),
                name + " is in no message of asyncapi.yaml"));
    }

    private static Set<String> topicConstants() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("DEAD_LETTER_SUFFIX")) {
                topics.add((String) field.get(null));
            }
        }
        return topics;
    }

    private static Set<String> channelAddresses() {
        Set<String> addresses = new TreeSet<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        return addresses;
    }

    private static JsonNode channel(String address) {
        for (JsonNode channel : document.path("channels")) {
            if (channel.path("address").asText().equals(address)) {
                return channel;
            }
        }
        throw new AssertionError("no channel with address " + address);
    }

    private static JsonNode onlyMessage(JsonNode channel) {
        assertEquals(1, channel.path("messages").size(), channel.path("address") + " messages");
        return resolve(channel.path("messages").elements().next());
    }

    /** Follows a local $ref (#/components/...), or returns the node itself. */
    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#") ? resolve(document.at(ref.substring(1))) : node;
    }

    private static List<String> references(JsonNode node) {
        List<String> refs = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                if (entry.getKey().equals("$ref")) {
                    refs.add(entry.getValue().asText());
                } else {
                    refs.addAll(references(entry.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> refs.addAll(references(item)));
        }
        return refs;
    }
}
