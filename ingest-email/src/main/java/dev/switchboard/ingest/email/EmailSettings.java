package dev.switchboard.ingest.email;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "switchboard.email")
public interface EmailSettings {

    Attachments attachments();

    Limits limits();

    Mailgun mailgun();

    Ses ses();

    interface Attachments {

        /** Where the local attachment store keeps files (content-addressed by SHA-256). */
        @WithDefault("${java.io.tmpdir}/switchboard/attachments")
        Path path();

        /** Largest attachment stored; larger ones are described (name, type, size, hash) but not kept. */
        @WithDefault("25M")
        MemorySize maxSize();

        /** Also keep the raw message, so nothing that could not be represented is lost. */
        @WithDefault("true")
        boolean storeRaw();
    }

    interface Limits {

        /** Deepest nesting of multiparts and attached messages read; deeper content is kept as one part. */
        @WithDefault("10")
        int maxDepth();

        /** Most MIME parts read from one message. */
        @WithDefault("200")
        int maxParts();

        /** Most header fields read per entity. */
        @WithDefault("1000")
        int maxHeaders();

        /** Longest text or quoted text published; the rest stays in the stored raw message. */
        @WithDefault("65536")
        int maxTextLength();
    }

    interface Mailgun {

        /** The webhook signing key that signs Mailgun's posts. Without it, Mailgun webhooks are refused. */
        Optional<String> signingKey();

        /** Oldest signature timestamp accepted (either way from now), so a captured post cannot be replayed later. */
        @WithDefault("5m")
        Duration maxAge();
    }

    interface Ses {

        /**
         * ARNs of the SNS topics whose messages are accepted (subscription confirmations included). Anyone can have
         * SNS sign messages from a topic of their own, so a valid signature alone proves nothing; without this list,
         * SES webhooks are refused.
         */
        Optional<List<String>> topicArns();
    }
}
