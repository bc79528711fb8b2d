package dev.switchboard.ingest.social;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.switchboard.contracts.Attachment;
import dev.switchboard.contracts.InboundMessage;
import dev.switchboard.contracts.MessageFlag;

/** What each corpus body must become: how many items are published and skipped, and the fields that matter. */
final class CorpusExpectations {

    record Expect(int accepted, int skipped, Consumer<List<InboundMessage>> check) {
    }

    private static final String WA = "whatsapp-cloud-api_pywa/";
    private static final String WA_KEY = "social:whatsapp:1122334455667:972987654321";
    private static final String TG = "telegram-bot-api_nutgram/";
    private static final String TG_KEY = "social:telegram:" + SocialTestProfile.TELEGRAM_BOT + ":";
    private static final String LINE = "line-messaging-api_line-bot-sdk-java/";
    private static final String LINE_KEY = "social:line:Uab012345678901234567890123456789:";
    private static final String LINE_USER = "u206d25c2ea6bd87c17655609a1c37cb8";
    private static final Map<String, Expect> EXPECTED = new HashMap<>();

    private CorpusExpectations() {
    }

    static Expect of(String name) {
        Expect expect = EXPECTED.get(name);
        if (expect == null) {
            throw new AssertionError("no expectation written for corpus case " + name + "; add one");
        }
        return expect;
    }

    private static void one(String name, Consumer<InboundMessage> check) {
        EXPECTED.put(name, new Expect(1, 0, messages -> check.accept(messages.get(0))));
    }

    private static void skipped(String name, int count) {
        EXPECTED.put(name, new Expect(0, count, messages -> { }));
    }

    private static Consumer<InboundMessage> wa(Consumer<InboundMessage> more) {
        return m -> {
            assertEquals(WA_KEY, m.conversationKey());
            assertEquals("+972987654321", m.customer().phone());
            assertEquals("IL", m.customer().country());
            assertEquals("972987654321", m.customer().handle());
            assertEquals("Test Name", m.customer().displayName());
            more.accept(m);
        };
    }

    private static Attachment attachment(InboundMessage m) {
        assertEquals(1, m.attachments().size(), "attachments");
        return m.attachments().get(0);
    }

    private static void status(String name, String state) {
        one(WA + "message_status.json#" + name, wa(m -> {
            assertEquals(Set.of(MessageFlag.STATUS_UPDATE), m.flags());
            assertEquals("wamid.xyzxyz:" + state, m.providerMessageId());
            assertEquals(state, m.metadata().get("status"));
            assertEquals("wamid.xyzxyz", m.metadata().get("messageId"));
        }));
    }

    static {
        one(WA + "message.json#text", wa(m -> {
            assertEquals("wamid.xyzxyz", m.providerMessageId());
            assertEquals("Body Text", m.text());
            assertEquals(Instant.ofEpochSecond(1697043223), m.sentAt());
            assertEquals(Set.of(), m.flags());
        }));
        one(WA + "message.json#image", wa(m -> {
            assertEquals("image/jpeg", attachment(m).mediaType());
            assertEquals("whatsapp-media:65463453", attachment(m).location());
            assertNull(m.text());
        }));
        one(WA + "message.json#media_with_url", wa(m -> assertTrue(
                attachment(m).location().startsWith("https://lookaside.fbsbx.com/whatsapp_business/attachments/"))));
        one(WA + "message.json#video", wa(m -> {
            assertEquals("video/mp4", attachment(m).mediaType());
            assertEquals("caption", m.text());
            assertEquals(Set.of(MessageFlag.FORWARDED), m.flags());
        }));
        one(WA + "message.json#document", wa(m -> {
            assertEquals("filename.pdf", attachment(m).name());
            assertEquals("application/pdf", attachment(m).mediaType());
            assertEquals("whatsapp-media:1234567890987654321", attachment(m).location());
        }));
        one(WA + "message.json#audio", wa(m -> {
            assertEquals("audio/ogg; codecs=opus", attachment(m).mediaType());
            assertNull(m.metadata().get("voice"));
        }));
        one(WA + "message.json#voice", wa(m -> {
            assertEquals("true", m.metadata().get("voice"));
            assertEquals(HexFormat.of().formatHex(Base64.getDecoder()
                    .decode("m04pFf2ERdaopTyFkGPA0+bX3i+YY2dYgVFwOgDLSDI=")), attachment(m).sha256());
        }));
        one(WA + "message.json#static_sticker", wa(m -> {
            assertEquals("image/webp", attachment(m).mediaType());
            assertEquals("sticker", m.metadata().get("mediaType"));
        }));
        one(WA + "message.json#animated_sticker", wa(m -> assertEquals("true", m.metadata().get("animated"))));
        one(WA + "message.json#reaction", wa(m -> {
            assertEquals("Reacted 😮.", m.text());
            assertEquals("wamid.yzxyzx=", m.metadata().get("replyTo"));
        }));
        for (String unreaction : List.of("unreaction_empty", "unreaction_no_emoji")) {
            one(WA + "message.json#" + unreaction, wa(m -> {
                assertEquals("Removed a reaction.", m.text());
                assertEquals("(removed)", m.metadata().get("reaction"));
            }));
        }
        one(WA + "message.json#current_location", wa(m -> {
            assertEquals("Shared a location: 12.25089, 43.90539", m.text());
            assertEquals("12.25089", m.metadata().get("location.latitude"));
            assertTrue(m.hasFlag(MessageFlag.FORWARDED));
        }));
        one(WA + "message.json#chosen_location", wa(m -> {
            assertEquals("Shared a location: Facebook HQ, 1 Hacker Way, Menlo Park, CA 94025, 37.4611978, -122.2164385",
                    m.text());
            assertEquals("https://maps.google.com/?cid=2000000000000000000", m.metadata().get("location.url"));
        }));
        one(WA + "message.json#contacts", wa(m -> {
            assertTrue(m.text().startsWith("Shared contacts: Chandler Bing +1 555-555-5555; Monica +1 666-666-6666"),
                    m.text());
            assertEquals("Monica", m.metadata().get("contacts.1.name"));
        }));
        one(WA + "message.json#order", wa(m -> {
            assertEquals("Order: 3 × HAMBURGER at 30 ILS; 2 × FRENCH_FRIES at 35 ILS; 2 × SODA at 10 ILS", m.text());
            assertEquals("354160437058781", m.metadata().get("whatsapp.catalogId"));
        }));
        one(WA + "message.json#unsupported", wa(m -> {
            assertEquals("unsupported", m.metadata().get("unsupported"));
            assertEquals("131051 Message type unknown", m.metadata().get("whatsapp.error"));
        }));
        one(WA + "message.json#unsupported_with_type", wa(m -> assertTrue(m.text().contains("unsupported/pool"))));
        one(WA + "message.json#reply", wa(m -> {
            assertEquals("replied text", m.text());
            assertEquals("wamid.xyzxyz==", m.metadata().get("replyTo"));
        }));
        one(WA + "message.json#forwarded", wa(m -> {
            assertEquals(Set.of(MessageFlag.FORWARDED), m.flags());
            assertNull(m.metadata().get("replyTo"));
        }));
        one(WA + "message.json#forwarded_many_times", wa(m -> {
            assertEquals(Set.of(MessageFlag.FORWARDED), m.flags());
            assertEquals("true", m.metadata().get("forwardedManyTimes"));
        }));
        one(WA + "message.json#interactive_message_with_err", wa(m -> {
            assertEquals("interactive", m.metadata().get("unsupported"));
            assertEquals("131000 Something went wrong", m.metadata().get("whatsapp.error"));
            assertEquals("wamid.gvwegfretge==", m.metadata().get("replyTo"));
        }));
        one(WA + "message.json#referral", wa(m -> {
            assertEquals("BODY", m.text());
            assertEquals("ADID", m.metadata().get("referral.sourceId"));
            assertEquals("AD_TITLE", m.metadata().get("referral.headline"));
            assertEquals("CTWA_CLID", m.metadata().get("referral.ctwaClid"));
        }));
        for (String state : List.of("sent", "delivered", "read", "played")) {
            status(state, state);
        }
        one(WA + "message_status.json#failed", wa(m -> {
            assertEquals("failed", m.metadata().get("status"));
            assertTrue(m.metadata().get("whatsapp.error").startsWith("130472"));
        }));
        one(WA + "message_status.json#with_tracker", wa(m ->
                assertEquals("some data", m.metadata().get("whatsapp.bizOpaqueCallbackData"))));
        one(WA + "message_status.json#group", m -> {
            assertEquals("social:whatsapp:<BUSINESS_PHONE_NUMBER_ID>:fowefinoewcnw", m.conversationKey());
            assertEquals("group", m.metadata().get("recipientType"));
            assertTrue(m.hasFlag(MessageFlag.STATUS_UPDATE));
        });
        one(WA + "edited_message.json#image", m -> {
            assertEquals("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=", m.providerMessageId());
            assertEquals("Updated image caption", m.text());
            assertEquals("true", m.metadata().get("edited"));
            assertEquals("wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=",
                    m.metadata().get("originalMessageId"));
            assertEquals("https://media.example.com/updated-image.jpg", attachment(m).location());
            assertEquals("+16505551234", m.customer().phone());
        });
        one(WA + "deleted_message.json#revoke", m -> {
            assertEquals(Set.of(MessageFlag.STATUS_UPDATE), m.flags());
            assertEquals("<ORIGINAL_WHATSAPP_MESSAGE_ID>", m.metadata().get("deletedMessageId"));
            assertNull(m.customer().phone(), "a placeholder is not a phone number");
        });
        one(WA + "callback_button.json#button", wa(m -> {
            assertEquals("title", m.text());
            assertEquals("callback_data", m.metadata().get("buttonPayload"));
            assertEquals("wamid.xyzxyz", m.metadata().get("replyTo"));
        }));
        one(WA + "callback_button.json#quick_reply", wa(m -> {
            assertEquals("title", m.text());
            assertEquals("wamid.xyzxyz==", m.metadata().get("replyTo"));
        }));
        one(WA + "callback_button.json#quick_reply_without_context", wa(m -> {
            assertEquals("callback_data", m.metadata().get("buttonPayload"));
            assertNull(m.metadata().get("replyTo"));
        }));
        one(WA + "callback_selection.json#callback", wa(m -> assertEquals("title", m.text())));
        one(WA + "callback_selection.json#description", wa(m -> assertEquals("title (description)", m.text())));
        one(WA + "system.json#phone_number_change", m -> {
            assertEquals(Set.of(MessageFlag.STATUS_UPDATE), m.flags());
            assertEquals("User A changed from 972987654321 to 972912345678", m.text());
            assertEquals("972912345678", m.metadata().get("whatsapp.newWaId"));
        });
        one(WA + "system.json#identity_change", m -> {
            assertEquals(Set.of(MessageFlag.STATUS_UPDATE), m.flags());
            assertEquals("User A", m.customer().displayName());
            assertEquals("customer_identity_changed", m.metadata().get("whatsapp.system"));
        });
        skipped("whatsapp-calling_pywa/call_connect.json#business_initiated", 1);
        skipped("whatsapp-calling_pywa/call_connect.json#user_initiated", 1);
        one("whatsapp-calling_pywa/call_status.json#call_status", m -> {
            assertEquals("wacid.ABGGFjFVU2AfAgo6V:ringing", m.providerMessageId());
            assertEquals("call", m.metadata().get("statusOf"));
            assertEquals(Set.of(MessageFlag.STATUS_UPDATE), m.flags());
        });
        one("whatsapp-calling_pywa/call_terminate.json#call_terminate", m -> {
            assertEquals(Set.of(MessageFlag.ANSWERED_CALL), m.flags());
            assertEquals("WhatsApp call to +16315553601 lasted 120 s.", m.text());
            assertEquals("+16315553601", m.customer().phone());
            assertEquals("social:whatsapp:37489742:16315553601", m.conversationKey());
            assertEquals("outbound", m.metadata().get("direction"));
        });
        MessengerAndSlack.register();
        TelegramAndLine.register();
    }

    /** Messenger and Slack corpus bodies. */
    static final class MessengerAndSlack {

        private static final String FB = "facebook-messenger_botbuilder-dotnet/";
        private static final String SLACK = "slack-events-api_botbuilder-dotnet/";

        static void register() {
            one(FB + "Payload.json", m -> {
                assertEquals("messenger", m.provider());
                assertEquals("AAAA-BBBB-CCCC", m.providerMessageId());
                assertEquals("social:messenger:0:0", m.conversationKey());
                assertEquals("text", m.text());
                assertEquals(Instant.ofEpochMilli(2222222), m.sentAt());
            });
            skipped(FB + "PayloadWithPassThreadControl.json", 1);
            one(FB + "PayloadWithReferral.json", m -> {
                assertEquals("Opened the conversation from SHORTLINK (ref USER_DEFINED_REFERRAL_PARAM).", m.text());
                assertEquals("USER_DEFINED_REFERRAL_PARAM", m.metadata().get("referral.ref"));
                assertEquals("SHORTLINK", m.metadata().get("referral.source"));
            });
            EXPECTED.put(FB + "PayloadWithStandby.json", new Expect(1, 2,
                    messages -> assertEquals("text", messages.get(0).text())));
            one(SLACK + "MessageBody.json", m -> {
                assertEquals("slack", m.provider());
                assertEquals("eventId", m.providerMessageId());
                assertEquals("social:slack:teamId:channelId", m.conversationKey());
                assertEquals("userId", m.customer().handle());
                assertEquals("Hello", m.text());
                assertEquals(Instant.parse("2019-09-19T17:53:45.001Z"), m.sentAt());
            });
            one(SLACK + "MessageBodyWithFileShare.json", m -> {
                assertEquals("fileName", attachment(m).name());
                assertEquals("image/png", attachment(m).mediaType());
                assertEquals("https://files.slack.com/files-pri/teamId-fileId/download/fileName.png",
                        attachment(m).location());
            });
            one(SLACK + "ReactionAddedEvent.json", m -> {
                assertEquals("Reacted :thumbsup:.", m.text());
                assertEquals("1360782400.498405", m.metadata().get("replyTo"));
                assertEquals("social:slack:teamId:C0G9QF9GZ", m.conversationKey());
            });
            // The handshake answers with the challenge and publishes nothing (checked in the corpus test).
            EXPECTED.put(SLACK + "URLVerificationBody.json", new Expect(0, 0, messages -> { }));
            skipped("slack-events-api_java-slack-sdk/MessagePayload.json", 1);
            skipped("slack-events-api_java-slack-sdk/MessageChangedPayload.json", 1);
        }
    }

    /** Telegram and LINE corpus bodies. */
    static final class TelegramAndLine {

        static void register() {
            one(TG + "business_message.json", m -> {
                assertEquals(TG_KEY + "456", m.conversationKey());
                assertEquals(SocialTestProfile.TELEGRAM_BOT + ":456:123", m.providerMessageId());
                assertEquals("Ciao", m.text());
                assertEquals("456", m.customer().handle());
                assertEquals("Mario", m.customer().displayName());
                assertEquals("en", m.languageHint());
            });
            one(TG + "callback_query.json", m -> {
                assertEquals(TG_KEY + "222222222", m.conversationKey());
                assertEquals("thedata", m.text());
                assertEquals("69587", m.metadata().get("replyTo"));
                assertEquals("222222222", m.customer().handle());
            });
            one(TG + "channel_post.json", m -> assertEquals(Set.of(MessageFlag.PUBLIC_POST), m.flags()));
            one(TG + "contact.json", m -> {
                assertEquals("Shared a contact: 911 911", m.text());
                assertEquals("Mario Bros", m.customer().displayName());
            });
            one(TG + "document.json", m -> {
                assertEquals(new Attachment("document.pdf", "application/pdf", 123456L, null,
                        "telegram-media:a1b2c34d5e6f7g8h9i"), attachment(m));
            });
            one(TG + "edited_message.json", m -> {
                assertEquals(SocialTestProfile.TELEGRAM_BOT + ":999999999:23762:edited:1584985245",
                        m.providerMessageId());
                assertEquals("Editing this message", m.text());
                assertEquals("true", m.metadata().get("edited"));
                assertEquals("23758", m.metadata().get("replyTo"));
            });
            one(TG + "entities.json", m -> {
                assertEquals("test bold underline 😆👍 look here", m.text());
                assertEquals("text_link \"look here\" http://google.it/", m.metadata().get("telegram.entity.0"));
            });
            one(TG + "location.json", m -> assertEquals("41.899977", m.metadata().get("location.latitude")));
            one(TG + "message_different_topic_reply.json", m -> {
                assertEquals(TG_KEY + "-1001234567489:33", m.conversationKey());
                assertEquals("70", m.metadata().get("replyTo"));
                assertEquals("bbbb", m.text());
            });
            one(TG + "message_forward_origin.json", m -> {
                assertEquals(Set.of(MessageFlag.FORWARDED), m.flags());
                assertEquals("Stickers", m.metadata().get("forwardedFrom"));
            });
            one(TG + "message_reaction.json", m -> {
                assertEquals("Reacted ❤️ 🤡 (custom emoji).", m.text());
                assertEquals("123", m.metadata().get("replyTo"));
            });
            skipped(TG + "my_chat_member.json", 1);
            skipped(TG + "new_chat_members.json", 1);
            one(TG + "photo.json", m -> {
                assertEquals("telegram-media:SAAS", attachment(m).location());
                assertEquals(84913L, attachment(m).size());
                assertEquals("asdasdasdasdasdasd", m.text());
            });
            one(TG + "sticker.json", m -> {
                assertEquals("[Sticker 🤣]", m.text());
                assertEquals("image/webp", attachment(m).mediaType());
            });
            one(TG + "text.json", m -> {
                assertEquals("aaaaaaaaaa", m.text());
                assertEquals("Mario Bros", m.customer().displayName());
                assertEquals("MarioLovesPeach", m.metadata().get("telegram.username"));
                assertEquals(Instant.ofEpochSecond(1631818904), m.sentAt());
            });
            one(TG + "video.json", m -> assertEquals(new Attachment("sdfsdfsdf.mp4", "video/mp4", 4713412L, null,
                    "telegram-media:sdfsdfsdfsfsdfdsfdsfs"), attachment(m)));
            one(TG + "voice.json", m -> {
                assertEquals("audio/ogg", attachment(m).mediaType());
                assertEquals("2", m.metadata().get("durationSeconds"));
            });
            one(LINE + "file.json", m -> assertEquals(new Attachment("sample.pdf", null, 22016L, null,
                    "line-media:325708"), attachment(m)));
            skipped(LINE + "follow.json", 1);
            one(LINE + "image.json", m -> assertEquals("https://example.com/original.jpg", attachment(m).location()));
            one(LINE + "location.json", m -> {
                assertEquals("Shared a location: hello, 〒150-0002 東京都渋谷区渋谷２丁目２１−１, 35.65910807942215, "
                        + "139.70372892916203", m.text());
                assertEquals("35.65910807942215", m.metadata().get("location.latitude"));
            });
            one(LINE + "message-edited.json", m -> {
                assertEquals(LINE_KEY + "cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", m.conversationKey());
                assertEquals("325708:edited:01G2KZKG2DS765NMRH3GZFD8AP", m.providerMessageId());
                assertEquals("Hello, edited world", m.text());
                assertEquals(LINE_USER, m.customer().handle());
            });
            one(LINE + "postback.json", m -> {
                assertEquals("action=buyItem&itemId=123123&color=red", m.text());
                assertEquals("action=buyItem&itemId=123123&color=red", m.metadata().get("buttonPayload"));
            });
            one(LINE + "sticker-with-text.json", m -> {
                assertEquals("userEnteredText", m.text());
                assertEquals("1/1", m.metadata().get("line.sticker"));
            });
            one(LINE + "text-emojis.json", m -> assertEquals("Hello, world", m.text()));
            skipped(LINE + "text-group.json", 1);
            one(LINE + "text-mention.json", m -> assertEquals(
                    "@Brown (U12345678901234567890123456780), @Cony (all)", m.metadata().get("mentions")));
            one(LINE + "text-user.json", m -> {
                assertEquals("line", m.provider());
                assertEquals(LINE_KEY + LINE_USER, m.conversationKey());
                assertEquals("325708", m.providerMessageId());
                assertEquals("Hello, world", m.text());
                assertEquals(Instant.ofEpochMilli(1462629479859L), m.sentAt());
            });
            skipped(LINE + "unknown.json", 2);
            one(LINE + "unsend.json", m -> {
                assertEquals(Set.of(MessageFlag.STATUS_UPDATE), m.flags());
                assertEquals("325708", m.metadata().get("deletedMessageId"));
            });
            one(LINE + "webhook-redelivery.json", m -> {
                assertEquals("325708", m.providerMessageId(), "a redelivery keeps the message's id");
                assertEquals("true", m.metadata().get("redelivery"));
            });
        }
    }
}
