package dev.switchboard.ingest.social.meta;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import dev.switchboard.ingest.social.config.AccountSecret;
import dev.switchboard.ingest.social.config.SocialSettings;
import dev.switchboard.servicekit.Problem;
import dev.switchboard.servicekit.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The webhooks of Meta apps: WhatsApp Cloud API, Messenger and Instagram of one app all call one URL, and each app
 * has its own URL ({@code /v1/social/meta/{app}}) because each signs with its own app secret. The app is taken from
 * the path rather than from the payload's entry id so that nothing unsigned is parsed, and so that a page or WABA
 * added to an app in Meta Business needs no configuration here.
 */
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
        return handshake(null, mode, token, challenge);
    }

    /** The handshake of a named app, whose dashboard has {@code /v1/social/meta/{app}} as its callback URL. */
    @GET
    @Path("{app}")
    @Produces(MediaType.TEXT_PLAIN)
    public String verify(@PathParam("app") String app, @QueryParam("hub.mode") String mode,
            @QueryParam("hub.verify_token") String token, @QueryParam("hub.challenge") String challenge) {
        return handshake(app, mode, token, challenge);
    }

    /**
     * A signed notification. 200 once Kafka has every message in it (Meta retries anything else), with the
     * items that were acknowledged without publishing and why.
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WebhookResult> notify(byte[] body, @HeaderParam(MetaSignature.HEADER) String signature) {
        return ingest(null, body, signature);
    }

    /** A notification of a named app, signed with that app's secret and no other. */
    @POST
    @Path("{app}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WebhookResult> notify(@PathParam("app") String app, byte[] body,
            @HeaderParam(MetaSignature.HEADER) String signature) {
        return ingest(app, body, signature);
    }

    private String handshake(String app, String mode, String token, String challenge) {
        AccountSecret expected = settings.meta().verifyTokenOf(app);
        if (!"subscribe".equals(mode) || challenge == null || !Hmac.matches(expected.value(), token)) {
            metrics.rejected("bad-verify-token");
            throw new ProblemException(Problem.of("forbidden", "Forbidden", 403, expected.configured()
                    ? "hub.mode must be subscribe and hub.verify_token must match"
                    : expected.notConfigured("Meta"), null));
        }
        return challenge;
    }

    private Uni<WebhookResult> ingest(String app, byte[] body, String signature) {
        AccountSecret secret = settings.meta().appSecretOf(app);
        signatures.require(MetaSignature.isValid(secret.value(), body, signature), "meta", secret.configured()
                ? MetaSignature.HEADER + " does not match this body"
                : secret.notConfigured("Meta"));
        MetaEvents.Batch batch = events.read(JsonBodies.parse(mapper, body));
        return ingest.ingest(batch.provider(), batch.items());
    }
}
