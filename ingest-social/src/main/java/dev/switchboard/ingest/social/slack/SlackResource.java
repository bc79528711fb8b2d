package dev.switchboard.ingest.social.slack;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.ingest.core.SignedByProvider;
import dev.switchboard.ingest.social.Item;
import dev.switchboard.ingest.social.Json;
import dev.switchboard.ingest.social.JsonBodies;
import dev.switchboard.ingest.social.ProviderSignatures;
import dev.switchboard.ingest.social.SocialIngest;
import dev.switchboard.ingest.social.config.AccountSecret;
import dev.switchboard.ingest.social.config.SocialSettings;
import io.smallrye.mutiny.Uni;

/**
 * The Slack Events API request URL: the url_verification handshake and signed event callbacks. Each Slack app has
 * its own URL ({@code /v1/social/slack/{app}}), keyed by its own signing secret.
 */
@Path("/v1/social/slack")
@SignedByProvider
public class SlackResource {

    private static final String RETRY_HEADER = "X-Slack-Retry-Num";

    private final SocialSettings settings;
    private final SlackNormalizer normalizer;
    private final SocialIngest ingest;
    private final ProviderSignatures signatures;
    private final ObjectMapper mapper;
    private final Clock clock;

    public SlackResource(SocialSettings settings, SlackNormalizer normalizer, SocialIngest ingest,
            ProviderSignatures signatures, ObjectMapper mapper, Clock clock) {
        this.settings = settings;
        this.normalizer = normalizer;
        this.ingest = ingest;
        this.signatures = signatures;
        this.mapper = mapper;
        this.clock = clock;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> events(byte[] body, @HeaderParam(SlackSignature.HEADER) String signature,
            @HeaderParam(SlackSignature.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(RETRY_HEADER) String retryNum) {
        return ingest(null, body, signature, timestamp, retryNum);
    }

    /** The events of a named app, signed with that app's signing secret and no other. */
    @POST
    @Path("{app}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> events(@PathParam("app") String app, byte[] body,
            @HeaderParam(SlackSignature.HEADER) String signature,
            @HeaderParam(SlackSignature.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(RETRY_HEADER) String retryNum) {
        return ingest(app, body, signature, timestamp, retryNum);
    }

    private Uni<Response> ingest(String app, byte[] body, String signature, String timestamp, String retryNum) {
        AccountSecret secret = settings.slack().signingSecretOf(app);
        SlackSignature.Verdict verdict = new SlackSignature(secret.value(), settings.slack().replayWindow(), clock)
                .check(timestamp, body, signature);
        signatures.require(verdict == SlackSignature.Verdict.VALID, "slack", !secret.configured()
                ? secret.notConfigured("Slack")
                : verdict == SlackSignature.Verdict.STALE
                        ? SlackSignature.TIMESTAMP_HEADER + " is outside the replay window"
                        : SlackSignature.HEADER + " does not match this request");
        JsonNode payload = JsonBodies.parse(mapper, body);
        String type = Json.text(payload, "type");
        if ("url_verification".equals(type)) {
            return Uni.createFrom().item(Response.ok(Map.of("challenge", String.valueOf(
                    Json.text(payload, "challenge")))).build());
        }
        List<Item> items = "event_callback".equals(type)
                ? Item.one("event", () -> normalizer.normalize(payload, retryNum))
                : List.of(Item.skip("type", "unknown-event: " + type));
        return ingest.ingest(SlackNormalizer.PROVIDER, items).map(result -> Response.ok(result).build());
    }
}
