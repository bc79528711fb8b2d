package dev.switchboard.ingest.social.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.social.Item;
import dev.switchboard.ingest.social.TestMetadata;

class MetaEventsTest {

    private final MetaEvents events;

    MetaEventsTest() {
        Metadata metadata = TestMetadata.metadata();
        events = new MetaEvents(new WhatsAppNormalizer(metadata, TestMetadata.CLOCK),
                new MessengerNormalizer(metadata, TestMetadata.CLOCK),
                new PublicPostNormalizer(metadata, TestMetadata.CLOCK));
    }

    private MetaEvents.Batch read(String json) throws Exception {
        return events.read(ContractJson.mapper().readTree(json));
    }

    @Test
    void instagramCommentsAndMentionsArePublicPostsInTheConversationOfTheMedia() throws Exception {
        MetaEvents.Batch batch = read("""
                {"object":"instagram","entry":[{"id":"IG-17841","time":1709290800,"changes":[
                 {"field":"comments","value":{"from":{"id":"IGSID-5","username":"mia"},"media":{"id":"M-9",
                  "media_product_type":"FEED"},"id":"C-1","text":"Still waiting for my order #4411"}},
                 {"field":"comments","value":{"from":{"id":"IG-17841","username":"acme"},"media":{"id":"M-9"},
                  "id":"C-2","text":"our answer"}},
                 {"field":"mentions","value":{"media_id":"M-10","comment_id":"C-3"}}]}]}
                """);

        assertEquals("instagram", batch.provider());
        InboundMessage comment = batch.items().get(0).message();
        assertEquals(Set.of(MessageFlag.PUBLIC_POST), comment.flags());
        assertEquals("social:instagram:IG-17841:media:M-9", comment.conversationKey());
        assertEquals("C-1", comment.providerMessageId());
        assertEquals("mia", comment.customer().displayName());
        assertEquals("Still waiting for my order #4411", comment.text());
        assertEquals("echo: our own comment", batch.items().get(1).skipReason());
        InboundMessage mention = batch.items().get(2).message();
        assertEquals(Set.of(MessageFlag.PUBLIC_POST), mention.flags());
        assertEquals("C-3", mention.metadata().get("commentId"));
    }

    @Test
    void pageFeedCommentsArePublicPostsAndOtherFeedChangesAreSkipped() throws Exception {
        MetaEvents.Batch batch = read("""
                {"object":"page","entry":[{"id":"PAGE-1","time":1709290800,"changes":[
                 {"field":"feed","value":{"item":"comment","verb":"add","from":{"id":"U-8","name":"Joe"},
                  "post_id":"PAGE-1_55","comment_id":"55_7","parent_id":"PAGE-1_55","message":"Refund please",
                  "created_time":1709290800}},
                 {"field":"feed","value":{"item":"reaction","verb":"add","from":{"id":"U-8"},"post_id":"PAGE-1_55"}}]}]}
                """);

        InboundMessage comment = batch.items().get(0).message();
        assertEquals("messenger", comment.provider());
        assertEquals("social:messenger:PAGE-1:post:PAGE-1_55", comment.conversationKey());
        assertEquals("55_7", comment.providerMessageId());
        assertEquals("Joe", comment.customer().displayName());
        assertEquals(Set.of(MessageFlag.PUBLIC_POST), comment.flags());
        assertEquals("unknown-event: feed item reaction", batch.items().get(1).skipReason());
    }

    @Test
    void messengerEventsByKind() throws Exception {
        MetaEvents.Batch batch = read("""
                {"object":"page","entry":[{"id":"PAGE-1","time":1709290800,"messaging":[
                 {"sender":{"id":"PSID-1"},"recipient":{"id":"PAGE-1"},"timestamp":1709290800000,
                  "message":{"mid":"m_1","text":"is this in stock?","reply_to":{"mid":"m_0"},
                   "attachments":[{"type":"image","payload":{"url":"https://cdn.fb.test/i.jpg"}}]}},
                 {"sender":{"id":"PAGE-1"},"recipient":{"id":"PSID-1"},"timestamp":1709290801000,
                  "message":{"mid":"m_2","is_echo":true,"text":"yes"}},
                 {"sender":{"id":"PSID-1"},"recipient":{"id":"PAGE-1"},"timestamp":1709290802000,
                  "postback":{"title":"Talk to a human","payload":"HUMAN","mid":"m_3"}},
                 {"sender":{"id":"PSID-1"},"recipient":{"id":"PAGE-1"},"timestamp":1709290803000,
                  "reaction":{"mid":"m_2","action":"react","emoji":"👍","reaction":"like"}},
                 {"sender":{"id":"PSID-1"},"recipient":{"id":"PAGE-1"},"timestamp":1709290804000,
                  "read":{"watermark":1709290801000}},
                 {"sender":{"id":"PSID-1"},"recipient":{"id":"PAGE-1"},"timestamp":1709290805000,
                  "brand_new":{"x":1}}]}]}
                """);
        List<Item> items = batch.items();

        InboundMessage text = items.get(0).message();
        assertEquals("social:messenger:PAGE-1:PSID-1", text.conversationKey());
        assertEquals("is this in stock?", text.text());
        assertEquals("m_0", text.metadata().get("replyTo"));
        assertEquals("https://cdn.fb.test/i.jpg", text.attachments().get(0).location());
        assertEquals("echo: our own message", items.get(1).skipReason());
        assertEquals("Talk to a human", items.get(2).message().text());
        assertEquals("HUMAN", items.get(2).message().metadata().get("buttonPayload"));
        assertEquals("Reacted 👍.", items.get(3).message().text());
        assertEquals(Set.of(MessageFlag.STATUS_UPDATE), items.get(4).message().flags());
        assertEquals("read", items.get(4).message().metadata().get("status"));
        assertNull(items.get(5).message());
        assertEquals("unknown-event: messaging without a known field", items.get(5).skipReason());
    }

    @Test
    void anUnknownObjectIsSkippedNotFailed() throws Exception {
        MetaEvents.Batch batch = read("{\"object\":\"permissions\",\"entry\":[]}");

        assertEquals(List.of(Item.skip("object", "unknown-event: object permissions")), batch.items());
    }
}
