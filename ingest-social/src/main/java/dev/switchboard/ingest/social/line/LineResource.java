package dev.switchboard.ingest.social.line;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.ingest.core.SignedByProvider;
import dev.switchboard.ingest.social.JsonBodies;
import dev.switchboard.ingest.social.ProviderSignatures;
import dev.switchboard.ingest.social.SocialIngest;
import dev.switchboard.ingest.social.WebhookResult;
import dev.switchboard.ingest.social.config.AccountSecret;
import dev.switchboard.ingest.social.config.SocialSettings;
import io.smallrye.mutiny.Uni;

/**
 * The LINE Messaging API webhook; LINE's "Verify" button posts an empty event list and gets a 200. Each channel has
 * its own URL ({@code /v1/social/line/{channel}}), keyed by its own channel secret.
 */
@Path("/v1/social/line")
@SignedByProvider
public class LineResource {

    private final SocialSettings settings;
    private final LineNormalizer normalizer;
    private final SocialIngest ingest;
    private final ProviderSignatures signatures;
    private final ObjectMapper mapper;

    public LineResource(SocialSettings settings, LineNormalizer normalizer, SocialIngest ingest,
            ProviderSignatures signatures, ObjectMapper mapper) {
        this.settings = settings;
        this.normalizer = normalizer;
        this.ingest = ingest;
        this.signatures = signatures;
        this.mapper = mapper;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WebhookResult> events(byte[] body, @HeaderParam(LineSignature.HEADER) String signature) {
        return ingest(null, body, signature);
    }

    /** The events of a named channel, signed with that channel's secret and no other. */
    @POST
    @Path("{channel}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WebhookResult> events(@PathParam("channel") String channel, byte[] body,
            @HeaderParam(LineSignature.HEADER) String signature) {
        return ingest(channel, body, signature);
    }

    private Uni<WebhookResult> ingest(String channel, byte[] body, String signature) {
        AccountSecret secret = settings.line().channelSecretOf(channel);
        signatures.require(LineSignature.isValid(secret.value(), body, signature), "line", secret.configured()
                ? LineSignature.HEADER + " does not match this body"
                : secret.notConfigured("LINE"));
        return ingest.ingest(LineNormalizer.PROVIDER, normalizer.normalize(JsonBodies.parse(mapper, body)));
    }
}
