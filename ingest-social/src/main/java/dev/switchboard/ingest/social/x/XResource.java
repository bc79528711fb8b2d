package dev.switchboard.ingest.social.x;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.ingest.core.SignedByProvider;
import dev.switchboard.ingest.social.JsonBodies;
import dev.switchboard.ingest.social.ProviderSignatures;
import dev.switchboard.ingest.social.SocialIngest;
import dev.switchboard.ingest.social.WebhookResult;
import dev.switchboard.ingest.social.config.AccountSecret;
import dev.switchboard.ingest.social.config.SocialSettings;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The X Account Activity webhook: the CRC check X runs on registration and hourly, and the signed events. Each X app
 * registers its own URL ({@code /v1/social/x/{app}}), keyed by its own consumer secret.
 */
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
        return crcAnswer(null, crcToken);
    }

    /** The CRC of a named app, registered with {@code /v1/social/x/{app}} as its webhook URL. */
    @GET
    @Path("{app}")
    @Produces(MediaType.APPLICATION_JSON)
    public CrcResponse crc(@PathParam("app") String app, @QueryParam("crc_token") String crcToken) {
        return crcAnswer(app, crcToken);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WebhookResult> events(byte[] body, @HeaderParam(XSignature.HEADER) String signature) {
        return ingest(null, body, signature);
    }

    /** The events of a named app, signed with that app's consumer secret and no other. */
    @POST
    @Path("{app}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WebhookResult> events(@PathParam("app") String app, byte[] body,
            @HeaderParam(XSignature.HEADER) String signature) {
        return ingest(app, body, signature);
    }

    private CrcResponse crcAnswer(String app, String crcToken) {
        AccountSecret secret = settings.x().consumerSecretOf(app);
        if (crcToken == null || crcToken.isBlank()) {
            throw ProblemException.badInput("crc_token", "crc_token is required");
        }
        signatures.require(secret.configured(), "x", secret.notConfigured("X"));
        return new CrcResponse(XSignature.crcResponse(secret.value(), crcToken));
    }

    private Uni<WebhookResult> ingest(String app, byte[] body, String signature) {
        AccountSecret secret = settings.x().consumerSecretOf(app);
        signatures.require(XSignature.isValid(secret.value(), body, signature), "x", secret.configured()
                ? XSignature.HEADER + " does not match this body"
                : secret.notConfigured("X"));
        return ingest.ingest(XNormalizer.PROVIDER, normalizer.normalize(JsonBodies.parse(mapper, body)));
    }
}
