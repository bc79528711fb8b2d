package dev.switchboard.contracts;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids derived from what a provider sent, so a re-posted message gets the id it had the first time. */
public final class MessageIds {

    private MessageIds() {
    }

    public static String canonicalId(Channel channel, String provider, String providerMessageId) {
        String name = channel.name() + '\u0000' + provider + '\u0000' + providerMessageId;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
