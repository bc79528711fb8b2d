package dev.switchboard.ingest.social;

import static io.restassured.RestAssured.given;

import java.time.Instant;

import dev.switchboard.ingest.social.line.LineSignature;
import dev.switchboard.ingest.social.meta.MetaSignature;
import dev.switchboard.ingest.social.slack.SlackSignature;
import dev.switchboard.ingest.social.telegram.TelegramResource;
import dev.switchboard.ingest.social.x.XSignature;
import io.restassured.response.Response;

/** Posts a body to a provider's webhook signed the way that provider signs, with the test profile's secrets. */
public final class Webhooks {

    private Webhooks() {
    }

    public static Response meta(byte[] body) {
        return given().contentType("application/json")
                .header(MetaSignature.HEADER, MetaSignature.sign(SocialTestProfile.META_APP_SECRET, body))
                .body(body).post("/v1/social/meta");
    }

    public static Response telegram(byte[] body) {
        return given().contentType("application/json")
                .header(TelegramResource.SECRET_HEADER, SocialTestProfile.TELEGRAM_SECRET)
                .body(body).post("/v1/social/telegram/" + SocialTestProfile.TELEGRAM_BOT);
    }

    public static Response x(byte[] body) {
        return given().contentType("application/json")
                .header(XSignature.HEADER, XSignature.sign(SocialTestProfile.X_CONSUMER_SECRET, body))
                .body(body).post("/v1/social/x");
    }

    public static Response line(byte[] body) {
        return given().contentType("application/json")
                .header(LineSignature.HEADER, LineSignature.sign(SocialTestProfile.LINE_CHANNEL_SECRET, body))
                .body(body).post("/v1/social/line");
    }

    public static Response slack(byte[] body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return given().contentType("application/json")
                .header(SlackSignature.TIMESTAMP_HEADER, timestamp)
                .header(SlackSignature.HEADER, SlackSignature.sign(SocialTestProfile.SLACK_SIGNING_SECRET, timestamp, body))
                .body(body).post("/v1/social/slack");
    }
}
