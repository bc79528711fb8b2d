package dev.switchboard.ingest.social;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageIds;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Every body under shared/corpus/social and the WhatsApp calling bodies under shared/corpus/phone, signed as its
 * provider signs, is accepted with 200, and what it publishes is read back from the broker and checked against
 * {@link CorpusExpectations}.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(SocialTestProfile.class)
class SocialCorpusTest {

    static Stream<CorpusCase> corpus() {
        return CorpusCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCorpusBodyIsAcceptedAndNormalized(CorpusCase body) {
        CorpusExpectations.Expect expect = CorpusExpectations.of(body.name());
        // Several corpus bodies reuse one placeholder message id; only records published from now on are this one's.
        Instant postedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        Response response = post(body);
        response.then().statusCode(200);
        if (body.name().endsWith("URLVerificationBody.json")) {
            response.then().body("challenge", equalTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
            return;
        }
        JsonPath answer = response.jsonPath();
        List<String> ids = answer.getList("accepted.id", String.class);
        assertEquals(expect.accepted(), ids.size(), "accepted: " + answer.prettify());
        assertEquals(expect.skipped(), answer.getList("skipped").size(), "skipped: " + answer.prettify());

        List<InboundMessage> published = new ArrayList<>();
        for (String id : ids) {
            published.add(TopicReader.inbound().await(m -> m.id().equals(id) && !m.receivedAt().isBefore(postedAt)));
        }
        for (InboundMessage message : published) {
            assertEquals(Channel.SOCIAL, message.channel());
            assertEquals(MessageIds.canonicalId(Channel.SOCIAL, message.provider(), message.providerMessageId()),
                    message.id(), "the id is derived from the provider's id, so a redelivery gets the same one");
            assertTrue(message.conversationKey().startsWith("social:" + message.provider() + ":"),
                    message.conversationKey());
        }
        expect.check().accept(published);
    }

    private static Response post(CorpusCase body) {
        String folder = body.folder();
        if (folder.startsWith("whatsapp") || folder.startsWith("facebook-messenger")) {
            return Webhooks.meta(body.body());
        }
        if (folder.startsWith("telegram")) {
            return Webhooks.telegram(body.body());
        }
        if (folder.startsWith("line")) {
            return Webhooks.line(body.body());
        }
        if (folder.startsWith("slack")) {
            return Webhooks.slack(body.body());
        }
        throw new AssertionError("no provider for corpus folder " + folder);
    }
}
