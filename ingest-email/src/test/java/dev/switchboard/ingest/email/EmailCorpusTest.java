package dev.switchboard.ingest.email;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import dev.switchboard.contracts.Channel;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.email.api.RawEmailResource;
import dev.switchboard.testkit.Corpus;
import dev.switchboard.testkit.KafkaTestResource;
import dev.switchboard.testkit.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every message under shared/corpus/email, posted raw, published, and read as the table in email-expectations.csv says. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(EmailTestProfile.class)
class EmailCorpusTest {

    @Inject
    EmailNormalizer normalizer;

    static List<Path> messages() {
        return Corpus.files("email").stream().filter(f -> !f.toString().contains("html_reply_bodies")).toList();
    }

    static String name(Path file) {
        return Corpus.file("email").relativize(file).toString().replace('\\', '/');
    }

    @Test
    void everyCorpusMessageIsAcceptedAndPublished() throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Path file : messages()) {
            String id = given().contentType(RawEmailResource.RFC822).header("X-Api-Key", EmailTestProfile.API_KEY)
                    .body(Files.readAllBytes(file))
                    .post("/v1/email/raw")
                    .then().statusCode(202)
                    .extract().path("id");
            ids.put(id, name(file));
        }
        List<InboundMessage> published = TopicReader.inbound()
                .allWith(m -> ids.containsKey(m.id()), Duration.ofSeconds(2));
        Set<String> seen = published.stream().map(InboundMessage::id).collect(Collectors.toSet());
        List<String> missing = ids.entrySet().stream().filter(e -> !seen.contains(e.getKey())).map(Map.Entry::getValue).toList();
        assertEquals(List.of(), missing, "published");
        assertTrue(published.stream().allMatch(m -> m.channel() == Channel.EMAIL && "smtp".equals(m.provider())
                && m.conversationKey().startsWith("email:")));
    }

    @Test
    void theExpectationTableCoversEveryCorpusMessage() throws Exception {
        Set<String> rows = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/email-expectations.csv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                rows.add(line.substring(0, line.indexOf('|')));
            }
        }
        assertEquals(new TreeSet<>(messages().stream().map(EmailCorpusTest::name).toList()), rows);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/email-expectations.csv", delimiter = '|', maxCharsPerColumn = 1024)
    void readsEachMessageAsExpected(String file, String subject, String sender, String textStart, int attachments,
            String flags, String charset) throws Exception {
        InboundMessage message = normalizer.normalize(Files.readAllBytes(Corpus.file("email/" + file)), "smtp");
        assertEquals(squeeze(subject), squeeze(message.subject()), "subject");
        assertEquals(sender, message.customer() == null ? null : message.customer().email(), "sender");
        if (textStart == null) {
            assertNull(message.text(), "text");
        } else {
            assertTrue(squeeze(message.text()).startsWith(squeeze(textStart)), "text starts with " + textStart
                    + " but is " + message.text());
        }
        assertEquals(attachments, message.attachments().size(), "attachments");
        Set<MessageFlag> expected = flags == null ? Set.of()
                : Arrays.stream(flags.split(" ")).map(MessageFlag::valueOf).collect(Collectors.toSet());
        assertEquals(expected, message.flags(), "flags; problems: " + message.metadata().get("email.problems"));
        assertEquals(charset, message.metadata().get("email.charset"), "charset");
        assertEquals(expected.contains(MessageFlag.MALFORMED), message.metadata().containsKey("email.problems"),
                "a malformed message lists its problems");
    }

    @Test
    void noTextOfAnyBodyPartIsLost() throws Exception {
        MimeParser parser = new MimeParser(MimeLimits.DEFAULT);
        List<String> lost = new ArrayList<>();
        for (Path file : messages()) {
            byte[] raw = Files.readAllBytes(file);
            InboundMessage message = normalizer.normalize(raw, "smtp");
            String published = squeeze((message.text() == null ? "" : message.text()) + " "
                    + (message.quotedText() == null ? "" : message.quotedText()));
            ProblemLog ignored = new ProblemLog();
            for (MimePart part : EmailBody.of(parser.parse(raw), ignored).bodyParts()) {
                String text = Charsets.decode(part.content(), part.charset(), part.isHtml(), ignored).text();
                text = part.isHtml() ? HtmlText.toText(text) : text;
                for (String word : dev.switchboard.ingest.core.Text.normalize(text).split("[\\s>]+")) {
                    if (!word.isBlank() && !published.contains(word)) {
                        lost.add(name(file) + ": " + word);
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), lost);
    }

    private static String squeeze(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").strip();
    }
}
