package dev.switchboard.local.demo;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A web-chat visitor message the demo posts, in the shape ingest-chat's {@code POST /v1/chat/messages} takes. */
public record SampleMessage(String language, String visitorName, String locale, String timeZone, String text) {

    public static final List<SampleMessage> CHAT = List.of(
            new SampleMessage("es", "Lucía Romero", "es-ES", "Europe/Madrid",
                    "Hola, mi pedido 4471 todavía no ha llegado"),
            new SampleMessage("hi", "Rahul Verma", "hi-IN", "Asia/Kolkata",
                    "mera order abhi tak nahi aaya, kab aayega?"),
            new SampleMessage("gu", "Hetal Desai", "gu-IN", "Asia/Kolkata", "મારો ઓર્ડર હજુ સુધી આવ્યો નથી"),
            new SampleMessage("fr", "Camille Bernard", "fr-FR", "Europe/Paris",
                    "Bonjour, j'ai été débitée deux fois pour ma commande"),
            new SampleMessage("ja", "Yui Tanaka", "ja-JP", "Asia/Tokyo", "注文した商品がまだ届きません"),
            new SampleMessage("en", "Jordan Lee", "en-US", "America/New_York",
                    "Hi, the app crashes whenever I open my invoices"));

    /** True for an offer of one of the demo's samples on any channel, recognised by its preview (the start of the text). */
    public static boolean isSample(JsonNode offer) {
        String preview = offer.path("preview").asText("").replace("…", "").strip();
        return !preview.isEmpty() && (CHAT.stream().anyMatch(sample -> sample.text().startsWith(preview))
                || ChannelSample.isSample(preview));
    }

    /** The JSON body for one post; {@code session} makes the conversation new for each run. */
    public Map<String, Object> body(String session) {
        Map<String, Object> visitor = new LinkedHashMap<>();
        visitor.put("id", "visitor-" + session);
        visitor.put("name", visitorName);
        String plain = Normalizer.normalize(visitorName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        visitor.put("email", plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.com");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessionId", session);
        body.put("clientMessageId", "m-1");
        body.put("visitor", visitor);
        body.put("text", text);
        body.put("locale", locale);
        body.put("timeZone", timeZone);
        body.put("pageUrl", "https://shop.example/help");
        return body;
    }
}
