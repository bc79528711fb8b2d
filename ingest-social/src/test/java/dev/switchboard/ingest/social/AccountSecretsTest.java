package dev.switchboard.ingest.social;

import static dev.switchboard.ingest.social.SocialTestProfile.ACCOUNTS;
import static dev.switchboard.ingest.social.SocialTestProfile.secretOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.social.line.LineSignature;
import dev.switchboard.ingest.social.meta.MetaSignature;
import dev.switchboard.ingest.social.slack.SlackSignature;
import dev.switchboard.ingest.social.x.XSignature;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * Two accounts of each provider with different secrets: each account's webhook accepts a body signed with its own
 * secret, publishes it to Kafka, and refuses the other account's signature with 401 problem+json, publishing nothing.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(SocialTestProfile.class)
class AccountSecretsTest {

    /** How one provider's webhook is addressed, signed, and fed a body whose provider message id is given. */
    record Provider(String name, String path, Function<String, String> body,
            BiFunction<String, byte[], Function<RequestSpecification, RequestSpecification>> signature) {

        RequestSpecification signed(String secret, byte[] body) {
            return signature.apply(secret, body).apply(given().contentType("application/json")).body(body);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Provider> PROVIDERS = List.of(
            new Provider("meta", "/v1/social/meta/", id -> """
                    {"object":"whatsapp_business_account","entry":[{"id":"WABA-9","changes":[{"field":"messages",
                     "value":{"metadata":{"phone_number_id":"106540352249999"},
                     "messages":[{"from":"4915123456789","id":"%s","timestamp":"1749854575","type":"text",
                     "text":{"body":"per account"}}]}}]}]}""".formatted(id),
                    (secret, body) -> request -> request.header(MetaSignature.HEADER, MetaSignature.sign(secret, body))),
            new Provider("x", "/v1/social/x/", id -> """
                    {"for_user_id":"3001","direct_message_events":[{"type":"message_create","id":"%s",
                     "created_timestamp":"1709290800000","message_create":{"target":{"recipient_id":"3001"},
                     "sender_id":"4001","message_data":{"text":"per account"}}}]}""".formatted(id),
                    (secret, body) -> request -> request.header(XSignature.HEADER, XSignature.sign(secret, body))),
            new Provider("line", "/v1/social/line/", id -> """
                    {"destination":"Ubot","events":[{"type":"message","mode":"active","timestamp":1709290800000,
                     "webhookEventId":"E%s","deliveryContext":{"isRedelivery":false},
                     "source":{"type":"user","userId":"Uline-1"},
                     "message":{"id":"%s","type":"text","text":"per account"}}]}""".formatted(id, id),
                    (secret, body) -> request -> request.header(LineSignature.HEADER, LineSignature.sign(secret, body))),
            new Provider("slack", "/v1/social/slack/", id -> """
                    {"type":"event_callback","team_id":"T1","event_id":"%s","event_time":1709290800,
                     "event":{"type":"message","user":"U7","text":"per account","ts":"1709290800.000100",
                     "channel":"D9","channel_type":"im"}}""".formatted(id),
                    (secret, body) -> {
                        String timestamp = Long.toString(Instant.now().getEpochSecond());
                        return request -> request.header(SlackSignature.TIMESTAMP_HEADER, timestamp)
                                .header(SlackSignature.HEADER, SlackSignature.sign(secret, timestamp, body));
                    }));

    private static String uniqueId() {
        return "acct-" + UUID.randomUUID();
    }

    private static List<InboundMessage> publishedWith(String providerMessageId, Duration within) {
        return TopicReader.inbound().allWith(m -> m.providerMessageId().equals(providerMessageId), within);
    }

    @ParameterizedTest
    @FieldSource("PROVIDERS")
    void eachAccountAcceptsABodySignedWithItsOwnSecret(Provider provider) {
        for (String account : ACCOUNTS) {
            String id = uniqueId();
            byte[] body = provider.body().apply(id).getBytes(StandardCharsets.UTF_8);

            provider.signed(secretOf(account, provider.name()), body).post(provider.path() + account)
                    .then().statusCode(200).body("accepted[0].item", not(equalTo(null)));

            InboundMessage message = TopicReader.inbound().await(m -> m.providerMessageId().equals(id));
            assertEquals("per account", message.text());
        }
    }

    @ParameterizedTest
    @FieldSource("PROVIDERS")
    void eachAccountRefusesTheOtherAccountsSecretAndPublishesNothing(Provider provider) {
        List<String> ids = List.of(uniqueId(), uniqueId());
        for (int i = 0; i < 2; i++) {
            String account = ACCOUNTS.get(i);
            String other = ACCOUNTS.get(1 - i);
            byte[] body = provider.body().apply(ids.get(i)).getBytes(StandardCharsets.UTF_8);

            provider.signed(secretOf(other, provider.name()), body).post(provider.path() + account)
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("https://switchboard.dev/problems/unauthorized"));
        }

        assertEquals(List.of(), TopicReader.inbound()
                .allWith(m -> ids.contains(m.providerMessageId()), Duration.ofMillis(500)));
    }

    @ParameterizedTest
    @FieldSource("PROVIDERS")
    void anAccountThatIsNotConfiguredNamesTheKeyToSetAndNeverASecret(Provider provider) {
        String id = uniqueId();
        byte[] body = provider.body().apply(id).getBytes(StandardCharsets.UTF_8);

        provider.signed(secretOf("retail", provider.name()), body).post(provider.path() + "unknown")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("switchboard.social." + provider.name() + "."))
                .body("detail", containsString(".unknown."))
                .body("detail", not(containsString("secret-")));

        assertEquals(List.of(), publishedWith(id, Duration.ofMillis(300)));
    }

    @Test
    void eachMetaAppAnswersTheHandshakeOnlyWithItsOwnVerifyToken() {
        for (String account : ACCOUNTS) {
            String other = ACCOUNTS.get(1 - ACCOUNTS.indexOf(account));
            given().queryParam("hub.mode", "subscribe")
                    .queryParam("hub.verify_token", SocialTestProfile.verifyTokenOf(account))
                    .queryParam("hub.challenge", "ch-" + account)
                    .get("/v1/social/meta/" + account)
                    .then().statusCode(200).body(equalTo("ch-" + account));
            given().queryParam("hub.mode", "subscribe")
                    .queryParam("hub.verify_token", SocialTestProfile.verifyTokenOf(other))
                    .queryParam("hub.challenge", "ch-" + account)
                    .get("/v1/social/meta/" + account)
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void eachXAppAnswersTheCrcWithItsOwnConsumerSecret() {
        for (String account : ACCOUNTS) {
            given().queryParam("crc_token", "crc-" + account)
                    .get("/v1/social/x/" + account)
                    .then().statusCode(200)
                    .body("response_token", equalTo(XSignature.crcResponse(secretOf(account, "x"), "crc-" + account)));
        }
        given().queryParam("crc_token", "crc").get("/v1/social/x/unknown")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
