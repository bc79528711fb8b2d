package dev.switchboard.ingest.social.x;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.ingest.core.SignedByProvider;
import dev.switchboard.ingest.social.JsonBodies;
import dev.switchboard.ingest.social.ProviderSignatures;
import dev.switchboard.ingest.social.SocialIngest;
import dev.switchboard.ingest.social.WebhookResult;
import dev.switchboard.ingest.social.config.SocialSettings;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.mutiny.Uni;

/** The X Account Activity webhook: the CRC check X runs on registration and hourly, and the signed events. */
@Path("/v1/social/x")
@SignedByProvider
public class XResource {

    private final SocialSettings settings;
    private final XNormalizer normalizer;
    private final SocialIngest ingest;
    private final ProviderSignatures signatures;
    private final ObjectMapper mapper;

    public XResource(SocialSettings settings, XNormalizer normalizer, SocialIngest ingest,
            ProviderSignatures signatures, ObjectMapper mapper) {
        this.settings = settings;
        this.normalizer = normalizer;
        this.ingest = ingest;
        this.signatures = signatures;
        this.mapper = mapper;
    }

    public record CrcResponse(String response_token) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CrcResponse crc(@QueryParam("crc_token") String crcToken) {
        String secret = settings.x().consumerSecret().orElse(null);
        if (crcToken == null || crcToken.isBlank()) {
            throw ProblemException.badInput("crc_token", "crc_token is required");
        }
        signatures.require(secret != null, "x", "X webhooks are not configured here (switchboard.social.x.consumer-secret)");
        return new CrcResponse(XSignature.crcResponse(secret, crcToken));
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WebhookResult> events(byte[] body, @HeaderParam(XSignature.HEADER) String signature) {
        String secret = settings.x().consumerSecret().orElse(null);
        signatures.require(XSignature.isValid(secret, body, signature), "x", secret == null
                ? "X webhooks are not configured here (switchboard.social.x.consumer-secret)"
                : XSignature.HEADER + " does not match this body");
        return ingest.ingest(XNormalizer.PROVIDER, normalizer.normalize(JsonBodies.parse(mapper, body)));
    }
}
