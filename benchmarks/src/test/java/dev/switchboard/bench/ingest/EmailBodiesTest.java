package dev.switchboard.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.bench.email.EmailCorpus;
import dev.switchboard.bench.email.StandaloneEmailNormalizer;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.ingest.email.EmailNormalizer;
import dev.switchboard.ingest.email.api.PostmarkInbound;

/** Each post's Message-ID must reach ingest-email's record as its providerMessageId, and change nothing else. */
class EmailBodiesTest {

    private final EmailNormalizer normalizer = StandaloneEmailNormalizer.create();
    private final EmailBodies bodies = new EmailBodies("t1", true);

    @Test
    void everyCorpusMessageAndPostmarkPostPublishesTheIdItWasGiven() throws Exception {
        PostmarkInbound postmark = new PostmarkInbound(normalizer, new ObjectMapper());
        for (int n = 0; n < bodies.rawMessages() * 2; n++) {
            Bodies.Post post = bodies.post(n);
            byte[] body = post.body().getBytes();
            InboundMessage message = bodies.isPostmark(n) ? postmark.read(body)
                    : normalizer.normalize(body, EmailNormalizer.RAW_PROVIDER);

            assertEquals(bodies.messageId(n), message.providerMessageId(), "post " + n + " to " + post.path());
            assertEquals(Bodies.record(n, 0), bodies.recordOf(message.providerMessageId()));
        }
    }

    @Test
    void aCorpusMessageMadeUniqueReadsAsTheOriginalDoes() {
        EmailBodies rawOnly = new EmailBodies("t2", false);
        List<byte[]> corpus = EmailCorpus.messages();
        for (int n = 0; n < corpus.size(); n++) {
            InboundMessage original = normalizer.normalize(corpus.get(n), EmailNormalizer.RAW_PROVIDER);
            InboundMessage posted = normalizer.normalize(rawOnly.post(n).body().getBytes(),
                    EmailNormalizer.RAW_PROVIDER);
            String label = "corpus message " + n;
            assertAll(label,
                    () -> assertEquals(original.subject(), posted.subject()),
                    () -> assertEquals(original.customer(), posted.customer()),
                    () -> assertEquals(original.text(), posted.text()),
                    () -> assertEquals(original.quotedText(), posted.quotedText()),
                    () -> assertEquals(original.attachments().size(), posted.attachments().size()));
        }
    }

    @Test
    void aMessageWithoutMessageIdGetsOneFirstAndKeepsEveryOtherByte() {
        byte[] message = "From: a@example.com\r\nSubject: Hi\r\n\r\nHello\r\n".getBytes(StandardCharsets.US_ASCII);

        String posted = new String(EmailBodies.rawTemplate(message).fill("<x@y>").getBytes(),
                StandardCharsets.US_ASCII);

        assertEquals("Message-ID: <x@y>\r\nFrom: a@example.com\r\nSubject: Hi\r\n\r\nHello\r\n", posted);
    }

    @Test
    void everyMessageIdFieldOfTheHeaderIsReplacedFoldedLinesIncludedButNotOnesInTheBody() {
        byte[] message = ("From: a@example.com\nMessage-Id:\n <old@one>\nSubject: Hi\nmessage-id: <old@two>\n\n"
                + "Message-ID: <quoted@body>\n").getBytes(StandardCharsets.US_ASCII);

        String posted = new String(EmailBodies.rawTemplate(message).fill("<x@y>").getBytes(),
                StandardCharsets.US_ASCII);

        assertEquals("From: a@example.com\nMessage-ID: <x@y>\nSubject: Hi\n\nMessage-ID: <quoted@body>\n", posted);
        assertTrue(bodies.recordOf("<x@y>") < 0, "an id of another run is not ours");
    }
}
