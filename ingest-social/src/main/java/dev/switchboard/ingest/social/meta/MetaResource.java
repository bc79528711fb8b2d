package dev.switchboard.ingest.social.meta;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.ingest.core.IngestMetrics;
import dev.switchboard.ingest.core.SignedByProvider;
import dev.switchboard.ingest.social.Hmac;
import dev.switchboard.ingest.social.JsonBodies;
import dev.switchboard.ingest.social.ProviderSignatures;
import dev.switchboard.ingest.social.SocialIngest;
import dev.switchboard.ingest.social.WebhookResult;
import dev.switchboard.ingest.social.config.SocialSettings;
import dev.switchboard.servicekit.Problem;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.mutiny.Uni;

/** The webhook of a Meta app: WhatsApp Cloud API, Messenger and Instagram all call this one URL. */
@Path("/v1/social/meta")
@SignedByProvider
public class MetaResource {

    private final SocialSettings settings;
    private final MetaEvents events;
    private final SocialIngest ingest;
    private final ProviderSignatures signatures;
    private final IngestMetrics metrics;
    private final ObjectMapper mapper;

    public MetaResource(SocialSettings settings, MetaEvents events, SocialIngest ingest,
            ProviderSignatures signatures, IngestMetrics metrics, ObjectMapper mapper) {
        this.settings = settings;
        this.events = events;
        this.ingest = ingest;
        this.signatures = signatures;
        this.metrics = metrics;
        this.mapper = mapper;
    }

    /** The subscription handshake: echo {@code hub.challenge} when {@code hub.verify_token} is ours. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        String expected = settings.meta().verifyToken().orElse(null);
        if (!"subscribe".equals(mode) || challenge == null || !Hmac.matches(expected, token)) {
            metrics.rejected("bad-verify-token");
            throw new ProblemException(Problem.of("forbidden", "Forbidden", 403, expected == null
                    ? "Meta webhooks are not configured here (switchboard.social.meta.verify-token)"
                    : "hub.mode must be subscribe and hub.verify_token must match", null));
        }
        return challenge;
    }

    /**
     * A signed notification. 200 once Kafka has every message in it (Meta retries anything else), with the
     * items that were acknowledged without publishing and why.
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WebhookResult> notify(byte[] body, @HeaderParam(MetaSignature.HEADER) String signature) {
        String secret = settings.meta().appSecret().orElse(null);
        signatures.require(MetaSignature.isValid(secret, body, signature), "meta", secret == null
                ? "Meta webhooks are not configured here (switchboard.social.meta.app-secret)"
                : MetaSignature.HEADER + " does not match this body");
        MetaEvents.Batch batch = events.read(JsonBodies.parse(mapper, body));
        return ingest.ingest(batch.provider(), batch.items());
    }
}
