package dev.switchboard.local.demo;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.switchboard.local.LocalService;

/**
 * One customer message on a channel other than web chat (SMS, email, a voicemail, Telegram), posted the way that
 * channel's connector would post it, so the demo shows every ingest service feeding the same routing.
 */
public record ChannelSample(String label, LocalService service, String path, String contentType, String text,
        Body body) {

    /** The request body for one run; {@code run} makes provider ids and threads new each time. */
    @FunctionalInterface
    public interface Body {
        String render(String run, String text);
    }

    /** The Telegram bot the launcher configures for the demo; its secret token is the connector API key. */
    public static final String TELEGRAM_BOT = "demo";

    public static final List<ChannelSample> ALL = List.of(
            new ChannelSample("an SMS (Twilio fields relayed as JSON)", LocalService.INGEST_CHAT,
                    "/v1/chat/twilio/sms", "application/json",
                    "Hola, necesito cambiar la dirección de entrega de mi pedido",
                    (run, text) -> """
                            {"MessageSid":"SMdemo%s","From":"+34600123456","To":"+14155550100","FromCountry":"ES","Body":"%s"}"""
                            .formatted(run, text)),
            new ChannelSample("an email (raw MIME)", LocalService.INGEST_EMAIL, "/v1/email/raw", "message/rfc822",
                    "Bonjour, j'ai été débité deux fois pour la facture 2024-118.",
                    (run, text) -> String.join("\r\n",
                            "From: =?UTF-8?Q?Am=C3=A9lie_Laurent?= <amelie.laurent@example.fr>",
                            "To: support@example.com",
                            "Subject: Double paiement",
                            "Message-ID: <demo-" + run + "@example.fr>",
                            "Date: Mon, 23 Nov 2026 09:15:00 +0100",
                            "Content-Language: fr",
                            "MIME-Version: 1.0",
                            "Content-Type: text/plain; charset=UTF-8",
                            "Content-Transfer-Encoding: 8bit",
                            "",
                            text,
                            "",
                            "Amélie",
                            "")),
            new ChannelSample("a voicemail (call record)", LocalService.INGEST_PHONE, "/v1/phone/calls",
                    "application/json",
                    "Namaste, mera refund abhi tak nahi aaya, please mujhe call back kijiye",
                    (run, text) -> """
                            {"callId":"demo-%s","from":"+919812345678","to":"+14155550100","direction":"inbound",
                             "status":"VOICEMAIL","startedAt":"%s","durationSeconds":42,"callerName":"Priya Sharma",
                             "locale":"hi-IN","transcript":"%s"}""".formatted(run, Instant.now(), text)),
            new ChannelSample("a Telegram message", LocalService.INGEST_SOCIAL,
                    "/v1/social/telegram/" + TELEGRAM_BOT, "application/json",
                    "こんにちは、アプリにログインできません",
                    (run, text) -> """
                            {"update_id":%d,"message":{"message_id":1,"date":%d,
                             "from":{"id":70001,"is_bot":false,"first_name":"Haruto","language_code":"ja"},
                             "chat":{"id":70001,"type":"private","first_name":"Haruto"},"text":"%s"}}"""
                            .formatted(Math.abs(run.hashCode()), Instant.now().getEpochSecond(), text)));

    public HttpRequest request(int port, String run, String connectorApiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body.render(run, text)));
        return service == LocalService.INGEST_SOCIAL
                ? request.header("X-Telegram-Bot-Api-Secret-Token", connectorApiKey).build()
                : request.header("X-Api-Key", connectorApiKey).build();
    }

    /**
     * True when an offer's preview is one of these samples: the start of its text, or its text followed by more
     * (an email's signature).
     */
    public static boolean isSample(String preview) {
        return !preview.isEmpty() && ALL.stream()
                .anyMatch(sample -> sample.text().startsWith(preview) || preview.startsWith(sample.text()));
    }
}
