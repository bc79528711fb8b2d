package dev.switchboard.bench.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.switchboard.testkit.Corpus;

/**
 * Webhook bodies from {@code shared/corpus/social}, read once, as JSON text with placeholders ({@code @@ID@@},
 * {@code @@FROM@@}, {@code @@TS@@} ...) where each post puts its own ids, customer and time; everything else is
 * the corpus's. Filling a template is string replacement, so the driver's event loop does not build JSON trees.
 */
final class SocialTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WHATSAPP = "social/whatsapp-cloud-api_pywa/";
    private static final String MESSENGER = "social/facebook-messenger_botbuilder-dotnet/Payload.json";
    private static final String TELEGRAM = "social/telegram-bot-api_nutgram/";
    private static final String LINE = "social/line-messaging-api_line-bot-sdk-java/";
    private static final String PAGE = "104857600000001";
    /** Mostly text, as support traffic is, then media, locations, contacts, replies, forwards and ad referrals. */
    private static final List<String> WHATSAPP_MESSAGES = List.of("text", "image", "text", "reply", "text",
            "current_location", "text", "document", "voice", "text", "contacts", "forwarded", "text", "referral",
            "video", "static_sticker");
    private static final List<String> TELEGRAM_UPDATES = List.of("text", "photo", "text", "location", "voice",
            "text", "document", "contact", "sticker");
    private static final List<String> LINE_EVENTS = List.of("text-user", "image", "text-user", "location",
            "sticker-with-text", "text-emojis", "file");

    private final String whatsAppBody;
    private final List<String> whatsAppMessages;
    private final String whatsAppStatus;
    private final String messengerBody;
    private final String messengerEvent;
    private final List<String> telegramUpdates;
    private final String lineBody;
    private final List<String> lineEvents;

    private SocialTemplates(String whatsAppBody, List<String> whatsAppMessages, String whatsAppStatus,
            String messengerBody, String messengerEvent, List<String> telegramUpdates, String lineBody,
            List<String> lineEvents) {
        this.whatsAppBody = whatsAppBody;
        this.whatsAppMessages = whatsAppMessages;
        this.whatsAppStatus = whatsAppStatus;
        this.messengerBody = messengerBody;
        this.messengerEvent = messengerEvent;
        this.telegramUpdates = telegramUpdates;
        this.lineBody = lineBody;
        this.lineEvents = lineEvents;
    }

    static SocialTemplates fromCorpus() {
        JsonNode messages = read(WHATSAPP + "message.json");
        ObjectNode whatsAppBody = messages.path("text").deepCopy();
        ObjectNode value = (ObjectNode) whatsAppBody.at("/entry/0/changes/0/value");
        value.put("messages", "@@MESSAGES@@");
        ((ObjectNode) value.at("/contacts/0")).put("wa_id", "@@FROM@@");

        List<String> whatsAppMessages = WHATSAPP_MESSAGES.stream().map(name -> {
            ObjectNode message = messages.path(name).at("/entry/0/changes/0/value/messages/0").deepCopy();
            return text(message.put("id", "@@ID@@").put("from", "@@FROM@@").put("timestamp", "@@TS@@"));
        }).toList();

        ObjectNode status = read(WHATSAPP + "message_status.json").path("delivered").deepCopy();
        ObjectNode statusValue = (ObjectNode) status.at("/entry/0/changes/0/value");
        ((ObjectNode) statusValue.at("/contacts/0")).put("wa_id", "@@FROM@@");
        ((ObjectNode) statusValue.at("/statuses/0")).put("id", "@@ID@@").put("recipient_id", "@@FROM@@")
                .put("timestamp", "@@TS@@");

        ObjectNode messenger = (ObjectNode) read(MESSENGER);
        ObjectNode entry = (ObjectNode) messenger.at("/entry/0");
        ObjectNode event = entry.at("/messaging/0").deepCopy();
        entry.put("id", PAGE).put("time", "@@TS@@").put("messaging", "@@EVENTS@@");
        ((ObjectNode) event.path("sender")).put("id", "@@FROM@@");
        ((ObjectNode) event.path("recipient")).put("id", PAGE);
        ((ObjectNode) event.path("message")).put("mid", "@@ID@@");
        event.put("timestamp", "@@TS@@");

        List<String> telegramUpdates = TELEGRAM_UPDATES.stream().map(name -> {
            ObjectNode update = (ObjectNode) read(TELEGRAM + name + ".json");
            ObjectNode message = (ObjectNode) update.path("message");
            update.put("update_id", "@@UPDATE@@");
            message.put("message_id", "@@MESSAGE@@").put("date", "@@TS@@");
            ((ObjectNode) message.path("chat")).put("id", "@@CHAT@@");
            ((ObjectNode) message.path("from")).put("id", "@@CHAT@@");
            return numbers(text(update), "UPDATE", "MESSAGE", "TS", "CHAT");
        }).toList();

        ObjectNode line = (ObjectNode) read(LINE + "text-user.json");
        line.put("events", "@@EVENTS@@");
        List<String> lineEvents = LINE_EVENTS.stream().map(name -> {
            ObjectNode lineEvent = (ObjectNode) read(LINE + name + ".json").at("/events/0");
            lineEvent.put("webhookEventId", "@@EVENT@@").put("timestamp", "@@TS@@")
                    .putObject("deliveryContext").put("isRedelivery", false);
            ((ObjectNode) lineEvent.path("source")).put("userId", "@@FROM@@");
            ((ObjectNode) lineEvent.path("message")).put("id", "@@ID@@");
            return numbers(text(lineEvent), "TS");
        }).toList();

        return new SocialTemplates(numbers(text(whatsAppBody), "MESSAGES"), whatsAppMessages, text(status),
                numbers(text(messenger), "TS", "EVENTS"), numbers(text(event), "TS"), telegramUpdates,
                numbers(text(line), "EVENTS"), lineEvents);
    }

    /** {@code template} with each {@code @@NAME@@} replaced: {@code fill(t, "ID", "wamid.1", "FROM", "4477...")}. */
    static String fill(String template, String... namesAndValues) {
        String filled = template;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            filled = filled.replace("@@" + namesAndValues[i] + "@@", namesAndValues[i + 1]);
        }
        return filled;
    }

    String whatsAppBody() {
        return whatsAppBody;
    }

    String whatsAppMessage(int k) {
        return whatsAppMessages.get(k % whatsAppMessages.size());
    }

    String whatsAppStatus() {
        return whatsAppStatus;
    }

    String messengerBody() {
        return messengerBody;
    }

    String messengerEvent() {
        return messengerEvent;
    }

    String telegramUpdate(int n) {
        return telegramUpdates.get((n / 10) % telegramUpdates.size());
    }

    String lineBody() {
        return lineBody;
    }

    String lineEvent(int k) {
        return lineEvents.get(k % lineEvents.size());
    }

    /** Placeholders that stand for numbers or arrays lose their quotes. */
    private static String numbers(String json, String... names) {
        String unquoted = json;
        for (String name : names) {
            unquoted = unquoted.replace("\"@@" + name + "@@\"", "@@" + name + "@@");
        }
        return unquoted;
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Some corpus files start with a byte-order mark, which Jackson does not skip. */
    private static JsonNode read(String file) {
        String text = new String(Corpus.bytes(file), StandardCharsets.UTF_8);
        try {
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }
}
