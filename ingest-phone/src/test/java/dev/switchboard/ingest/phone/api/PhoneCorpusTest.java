package dev.switchboard.ingest.phone.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.core.PhoneNumbers;
import dev.switchboard.ingest.phone.PhoneTestProfile;
import dev.switchboard.testkit.Corpus;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Every Asterisk and Amazon Connect payload under shared/corpus/phone is accepted and published as the calls it
 * describes. (The whatsapp-calling files there belong to ingest-social.)
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(PhoneTestProfile.class)
class PhoneCorpusTest {

    private static final DateTimeFormatter ASTERISK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static Stream<Path> asteriskFiles() {
        return corpus("asterisk-cdr-csv_");
    }

    static Stream<Path> amazonConnectFiles() {
        return corpus("amazon-connect_");
    }

    private static Stream<Path> corpus(String folderPrefix) {
        return Corpus.files("phone").stream()
                .filter(file -> file.getParent().getFileName().toString().startsWith(folderPrefix));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("asteriskFiles")
    void everyMasterCsvRowIsAcceptedAndEachCallPublishedOnce(Path file) throws Exception {
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(Files.readString(file))).getRecords();
        Map<String, List<CSVRecord>> legsByCall = rows.stream()
                .collect(Collectors.groupingBy(row -> row.get(16), LinkedHashMap::new, Collectors.toList()));

        JsonPath answer = given().contentType("text/csv").header("X-Api-Key", PhoneTestProfile.API_KEY)
                .body(Files.readAllBytes(file))
                .post("/v1/phone/asterisk/cdr")
                .then().statusCode(202).extract().jsonPath();

        assertEquals(List.of(), answer.getList("rejected"));
        assertEquals(LongStream.rangeClosed(1, rows.size()).boxed().toList(),
                answer.getList("accepted.line", Long.class), "every line is accounted for");
        Set<String> ids = Set.copyOf(answer.getList("accepted.id", String.class));
        assertEquals(legsByCall.size(), ids.size(), "the legs of a ring group are one call");

        Map<String, InboundMessage> published = TopicReader.inbound()
                .allWith(m -> ids.contains(m.id()), Duration.ofSeconds(2)).stream()
                // The same call may be in several corpus files; the last copy is the one this test posted.
                .collect(Collectors.toMap(InboundMessage::providerMessageId, Function.identity(), (a, b) -> b));
        assertEquals(legsByCall.keySet(), published.keySet());
        legsByCall.forEach((uniqueId, legs) -> assertCall(legs, published.get(uniqueId)));
    }

    private static void assertCall(List<CSVRecord> legs, InboundMessage message) {
        CSVRecord first = legs.get(0);
        String caller = "+1" + first.get(1).replace("-", "");
        String at = legs.stream().map(leg -> LocalDateTime.parse(leg.get(9), ASTERISK_TIME).toInstant(ZoneOffset.UTC))
                .min(Comparable::compareTo).orElseThrow().toString();
        Set<String> dispositions = legs.stream().map(leg -> leg.get(14)).collect(Collectors.toSet());
        String what = first.get(16) + " " + dispositions;

        assertEquals(Channel.PHONE, message.channel(), what);
        assertEquals("asterisk", message.provider(), what);
        assertEquals(caller, message.customer().phone(), what);
        assertEquals("phone:asterisk:" + caller, message.conversationKey(), what);
        assertEquals(first.get(3), message.metadata().get("asterisk.dcontext"), what);
        if (dispositions.contains("ANSWERED")) {
            assertEquals(Set.of(MessageFlag.ANSWERED_CALL), message.flags(), what);
            assertTrue(message.text().startsWith("Answered call from " + caller + " at " + at), message.text());
        } else if (dispositions.contains("BUSY")) {
            assertEquals(Set.of(MessageFlag.MISSED_CALL, MessageFlag.CALLBACK_REQUESTED), message.flags(), what);
            assertEquals("Missed call from " + caller + " at " + at + " (line busy); no voicemail.", message.text());
        } else {
            assertEquals(Set.of(MessageFlag.MISSED_CALL, MessageFlag.CALLBACK_REQUESTED), message.flags(), what);
            assertEquals("Missed call from " + caller + " at " + at + "; no voicemail.", message.text());
        }
        String clid = first.get(4);
        String name = clid.startsWith("\"\"") ? null : clid.substring(1, clid.indexOf('"', 1));
        assertEquals(name, message.customer().displayName(), what);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amazonConnectFiles")
    void everyContactFlowEventIsACallbackRequestFromTheCaller(Path file) throws Exception {
        JsonNode contact = ContractJson.mapper().readTree(file.toFile()).path("Details").path("ContactData");
        String customer = contact.path("CustomerEndpoint").path("Address").asText();
        String queue = contact.path("Queue").path("Name").asText();

        String id = given().contentType(ContentType.JSON).header("X-Api-Key", PhoneTestProfile.API_KEY)
                .body(Files.readAllBytes(file))
                .post("/v1/phone/amazon-connect/events")
                .then().statusCode(202).extract().path("id");

        InboundMessage message = TopicReader.inbound().await(m -> m.id().equals(id));
        assertEquals(Channel.PHONE, message.channel());
        assertEquals("amazon-connect", message.provider());
        assertEquals(contact.path("ContactId").asText(), message.providerMessageId());
        assertEquals(customer, message.customer().phone());
        assertEquals(PhoneNumbers.parse(customer, null).orElseThrow().country(), message.customer().country());
        assertEquals("phone:amazon-connect:" + customer, message.conversationKey());
        assertEquals(Set.of(MessageFlag.CALLBACK_REQUESTED), message.flags());
        assertEquals("Callback requested by " + customer + " in queue " + queue + ".", message.text());
        assertEquals(queue, message.metadata().get("queue"));
        assertEquals(contact.path("InitialContactId").asText(), message.metadata().get("amazon-connect.initialContactId"));
    }
}
