package dev.switchboard.bench.ingest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.vertx.core.buffer.Buffer;

/**
 * Social webhooks as the providers batch them, built from the bodies under {@code shared/corpus/social} (see
 * {@link SocialTemplates}): out of every ten posts, four WhatsApp Cloud bodies with 1 – 5 messages in
 * {@code entry[].changes[].value.messages[]}, one WhatsApp status-only body (a delivery receipt: a status update,
 * no message), two Messenger bodies with 1 – 3 {@code messaging[]} events, two single Telegram updates and one LINE
 * body with 1 – 4 events. Customers are spread over 1,000 conversations per provider. Every message has a provider
 * id of its own ({@code <run>-<n>-<index>}; Telegram's is {@code bench:<chat>:<n>} with the run in the chat id), and
 * every post is signed as its provider signs it, with the secrets the service is given ({@link #environment}).
 */
public final class SocialBodies implements Bodies {

    static final String TELEGRAM_BOT = "bench";
    static final String META_PATH = "/v1/social/meta";
    static final String TELEGRAM_PATH = "/v1/social/telegram/" + TELEGRAM_BOT;
    static final String LINE_PATH = "/v1/social/line";
    private static final int CONVERSATIONS = 1000;

    /** The provider of each post, by its sequence number modulo ten. */
    enum Kind { WHATSAPP, WHATSAPP_STATUS, MESSENGER, TELEGRAM, LINE }

    private static final List<Kind> CYCLE = List.of(Kind.WHATSAPP, Kind.MESSENGER, Kind.WHATSAPP, Kind.TELEGRAM,
            Kind.LINE, Kind.WHATSAPP, Kind.WHATSAPP_STATUS, Kind.MESSENGER, Kind.WHATSAPP, Kind.TELEGRAM);

    private final long run;
    private final String tag;
    private final Secrets secrets;
    private final SocialTemplates templates;
    private final Mac meta;
    private final Mac line;

    /** {@code run} (e.g. the start time in ms) makes this run's ids differ from any other's on the same broker. */
    public SocialBodies(long run, Secrets secrets) {
        this.run = run;
        this.tag = run + "-";
        this.secrets = secrets;
        this.templates = SocialTemplates.fromCorpus();
        this.meta = hmac(secrets.metaAppSecret());
        this.line = hmac(secrets.lineChannelSecret());
    }

    /** The service's configuration for these secrets (ingest-social's {@code switchboard.social.*}). */
    public Map<String, String> environment() {
        return Map.of(
                "SWITCHBOARD_SOCIAL_META_APP_SECRET", secrets.metaAppSecret(),
                "SWITCHBOARD_SOCIAL_LINE_CHANNEL_SECRET", secrets.lineChannelSecret(),
                "SWITCHBOARD_SOCIAL_TELEGRAM_BOTS_" + TELEGRAM_BOT.toUpperCase() + "_SECRET_TOKEN",
                secrets.telegramSecretToken());
    }

    static Kind kind(int n) {
        return CYCLE.get(n % CYCLE.size());
    }

    @Override
    public int acceptedStatus() {
        return 200;
    }

    @Override
    public int yields(int n) {
        return switch (kind(n)) {
            case WHATSAPP -> 1 + (n / CYCLE.size() + n) % 5;
            case MESSENGER -> 1 + (n / CYCLE.size() + n) % 3;
            case LINE -> 1 + (n / CYCLE.size()) % 4;
            default -> 1;
        };
    }

    @Override
    public boolean isStatus(long record) {
        return kind((int) (record / MAX_RECORDS)) == Kind.WHATSAPP_STATUS;
    }

    @Override
    public Post post(int n) {
        String customer = Integer.toString(n % CONVERSATIONS);
        long nowSeconds = System.currentTimeMillis() / 1000;
        switch (kind(n)) {
            case WHATSAPP: {
                String waId = "447700900" + String.format("%03d", n % CONVERSATIONS);
                StringJoiner messages = new StringJoiner(",", "[", "]");
                for (int i = 0; i < yields(n); i++) {
                    messages.add(SocialTemplates.fill(templates.whatsAppMessage(n * MAX_RECORDS + i),
                            "ID", "wamid." + id(n, i), "FROM", waId, "TS", Long.toString(nowSeconds)));
                }
                return meta(SocialTemplates.fill(templates.whatsAppBody(), "MESSAGES", messages.toString(),
                        "FROM", waId));
            }
            case WHATSAPP_STATUS:
                return meta(SocialTemplates.fill(templates.whatsAppStatus(), "ID", "wamid." + id(n, 0),
                        "FROM", "447700900" + String.format("%03d", n % CONVERSATIONS), "TS",
                        Long.toString(nowSeconds)));
            case MESSENGER: {
                StringJoiner events = new StringJoiner(",", "[", "]");
                for (int i = 0; i < yields(n); i++) {
                    events.add(SocialTemplates.fill(templates.messengerEvent(), "ID", "m_" + id(n, i),
                            "FROM", "7" + customer, "TS", Long.toString(nowSeconds * 1000 + i)));
                }
                return meta(SocialTemplates.fill(templates.messengerBody(), "EVENTS", events.toString(),
                        "TS", Long.toString(nowSeconds * 1000)));
            }
            case TELEGRAM: {
                String body = SocialTemplates.fill(templates.telegramUpdate(n), "UPDATE", Integer.toString(n),
                        "MESSAGE", Integer.toString(n), "CHAT", Long.toString(telegramChat(n)),
                        "TS", Long.toString(nowSeconds));
                return new Post(TELEGRAM_PATH, Map.of("Content-Type", "application/json",
                        "X-Telegram-Bot-Api-Secret-Token", secrets.telegramSecretToken()), buffer(body));
            }
            default: {
                StringJoiner events = new StringJoiner(",", "[", "]");
                for (int i = 0; i < yields(n); i++) {
                    events.add(SocialTemplates.fill(templates.lineEvent(n * MAX_RECORDS + i), "ID", id(n, i),
                            "EVENT", "01BENCH" + id(n, i), "FROM", "U" + customer, "TS",
                            Long.toString(nowSeconds * 1000 + i)));
                }
                byte[] body = SocialTemplates.fill(templates.lineBody(), "EVENTS", events.toString())
                        .getBytes(StandardCharsets.UTF_8);
                return new Post(LINE_PATH, Map.of("Content-Type", "application/json",
                        "x-line-signature", Base64.getEncoder().encodeToString(line.doFinal(body))),
                        Buffer.buffer(body));
            }
        }
    }

    /** WhatsApp, Messenger and LINE ids hold {@code <run>-<n>-<index>}; Telegram's {@code bench:<chat>:<n>}. */
    @Override
    public long recordOf(String providerMessageId) {
        if (providerMessageId == null) {
            return -1;
        }
        int at = providerMessageId.indexOf(tag);
        if (at >= 0) {
            int from = at + tag.length();
            int dash = providerMessageId.indexOf('-', from);
            int end = dash + 1;
            while (end < providerMessageId.length() && Character.isDigit(providerMessageId.charAt(end))) {
                end++;
            }
            return Bodies.record(Integer.parseInt(providerMessageId.substring(from, dash)),
                    Integer.parseInt(providerMessageId.substring(dash + 1, end)));
        }
        String[] telegram = providerMessageId.split(":");
        if (telegram.length == 3 && telegram[0].equals(TELEGRAM_BOT) && telegram[1].length() > 3
                && Long.parseLong(telegram[1]) / CONVERSATIONS == run) {
            return Bodies.record(Integer.parseInt(telegram[2]), 0);
        }
        return -1;
    }

    private String id(int n, int index) {
        return tag + n + "-" + index;
    }

    /** A private chat per customer, its id holding the run: Telegram's message ids are only unique per chat. */
    private long telegramChat(int n) {
        return run * CONVERSATIONS + n % CONVERSATIONS;
    }

    private Post meta(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return new Post(META_PATH, Map.of("Content-Type", "application/json",
                "X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(meta.doFinal(body))), Buffer.buffer(body));
    }

    private static Buffer buffer(String json) {
        return Buffer.buffer(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac hmac(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** What the service is configured with and the driver signs with. */
    public record Secrets(String metaAppSecret, String lineChannelSecret, String telegramSecretToken) {
    }
}
