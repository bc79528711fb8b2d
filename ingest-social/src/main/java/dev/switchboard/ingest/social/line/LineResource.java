package dev.switchboard.ingest.social.line;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.ingest.core.SignedByProvider;
import dev.switchboard.ingest.social.JsonBodies;
import dev.switchboard.ingest.social.ProviderSignatures;
import dev.switchboard.ingest.social.SocialIngest;
import dev.switchboard.ingest.social.WebhookResult;
import dev.switchboard.ingest.social.config.SocialSettings;
import io.smallrye.mutiny.Uni;

/** The LINE Messaging API webhook; LINE's "Verify" button posts an empty event list and gets a 200. */
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
        String secret = settings.line().channelSecret().orElse(null);
        signatures.require(LineSignature.isValid(secret, body, signature), "line", secret == null
                ? "LINE webhooks are not configured here (switchboard.social.line.channel-secret)"
                : LineSignature.HEADER + " does not match this body");
        return ingest.ingest(LineNormalizer.PROVIDER, normalizer.normalize(JsonBodies.parse(mapper, body)));
    }
}
