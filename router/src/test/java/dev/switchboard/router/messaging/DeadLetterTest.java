package dev.switchboard.router.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.Topics;
import dev.switchboard.router.support.Records;
import dev.switchboard.router.support.RouterApi;
import dev.switchboard.router.support.RouterTestResources;
import dev.switchboard.router.support.TopicInbox;
import io.quarkus.test.junit.QuarkusTest;

/** Records the router can never process go to its dead-letter topic with the reason, and the consumer goes on. */
@QuarkusTest
@RouterTestResources
class DeadLetterTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void recordThatIsNotJsonGoesToTheDeadLetterTopicAndLaterRecordsAreStillProcessed() {
        try (TopicInbox deadLetters = TopicInbox.open(Topics.deadLetter("router"))) {
            String key = "chat:webchat:poison-" + run;
            Records.send(Topics.INBOUND, key, "{not json");
            Records.send(Records.chat(key, "after-" + run, "Still there?", null));

            ConsumerRecord<String, String> dead = deadLetters.await(r -> key.equals(r.key()));
            assertEquals(Topics.INBOUND, header(dead, "dead-letter-topic"));
            assertEquals("{not json", dead.value(), "the record is kept as it came, for replay");
            RouterApi.awaitConversation(null, key);
        }
    }

    @Test
    void messageWithoutProviderMessageIdGoesToTheDeadLetterTopicWithTheReason() {
        try (TopicInbox deadLetters = TopicInbox.open(Topics.deadLetter("router"))) {
            InboundMessage valid = Records.chat("chat:webchat:no-id-" + run, "x", "Hello", null);
            InboundMessage missingId = new InboundMessage(valid.id(), valid.schemaVersion(), valid.channel(),
                    valid.provider(), valid.conversationKey(), null, valid.customer(), null, valid.text(), null,
                    null, null, null, valid.sentAt(), valid.receivedAt(), null, null);
            Records.send(missingId);

            ConsumerRecord<String, String> dead = deadLetters.await(r -> valid.conversationKey().equals(r.key()));
            assertEquals("inbound message " + valid.id() + " has no providerMessageId",
                    header(dead, "dead-letter-reason"));
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
