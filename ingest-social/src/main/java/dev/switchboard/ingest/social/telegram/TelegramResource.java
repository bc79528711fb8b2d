package dev.switchboard.ingest.social.telegram;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.switchboard.ingest.core.SignedByProvider;
import dev.switchboard.ingest.social.Hmac;
import dev.switchboard.ingest.social.Item;
import dev.switchboard.ingest.social.JsonBodies;
import dev.switchboard.ingest.social.ProviderSignatures;
import dev.switchboard.ingest.social.SocialIngest;
import dev.switchboard.ingest.social.WebhookResult;
import dev.switchboard.ingest.social.config.AccountSecret;
import dev.switchboard.ingest.social.config.SocialSettings;
import io.smallrye.mutiny.Uni;

/** One webhook per bot: setWebhook(url=.../v1/social/telegram/{bot}, secret_token=the bot's configured secret). */
@Path("/v1/social/telegram/{bot}")
@SignedByProvider
public class TelegramResource {

    public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final SocialSettings settings;
    private final TelegramNormalizer normalizer;
    private final SocialIngest ingest;
    private final ProviderSignatures signatures;
    private final ObjectMapper mapper;

    public TelegramResource(SocialSettings settings, TelegramNormalizer normalizer, SocialIngest ingest,
            ProviderSignatures signatures, ObjectMapper mapper) {
        this.settings = settings;
        this.normalizer = normalizer;
        this.ingest = ingest;
        this.signatures = signatures;
        this.mapper = mapper;
    }

    /** An Update (or, from a relay, an array of Updates); 200 once Kafka has every message in it. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<WebhookResult> update(@PathParam("bot") String bot, byte[] body,
            @HeaderParam(SECRET_HEADER) String secret) {
        AccountSecret expected = settings.telegram().secretTokenOf(bot);
        signatures.require(Hmac.matches(expected.value(), secret), "telegram", expected.configured()
                ? SECRET_HEADER + " does not match the secret of bot '" + bot + "'"
                : expected.notConfigured("Telegram"));
        JsonNode updates = JsonBodies.parse(mapper, body);
        List<Item> items = new ArrayList<>();
        if (updates.isArray()) {
            for (int i = 0; i < updates.size(); i++) {
                JsonNode update = updates.get(i);
                String ref = "[" + i + "]";
                items.addAll(Item.one(ref, () -> normalizer.normalize(bot, update, ref)));
            }
        } else {
            items.addAll(Item.one("update", () -> normalizer.normalize(bot, updates, "update")));
        }
        return ingest.ingest(TelegramNormalizer.PROVIDER, items);
    }
}
