package dev.switchboard.bench.email;

import java.time.Duration;

import dev.switchboard.ingest.core.IngestSettings;
import dev.switchboard.ingest.core.Metadata;
import dev.switchboard.ingest.email.AttachmentStore;
import dev.switchboard.ingest.email.EmailAttachments;
import dev.switchboard.ingest.email.EmailNormalizer;
import dev.switchboard.ingest.email.EmailSettings;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * ingest-email's normalizer wired by hand, outside CDI, with the service's default settings read from the same
 * {@code @ConfigMapping} interfaces, so a changed default changes the benchmark too.
 */
public final class StandaloneEmailNormalizer {

    private StandaloneEmailNormalizer() {
    }

    public static EmailNormalizer create() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(EmailSettings.class)
                .withMapping(IngestSettings.class)
                // The converters Quarkus registers for "25M" and "5s".
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withConverter(Duration.class, 100, new DurationConverter())
                .build();
        EmailSettings email = config.getConfigMapping(EmailSettings.class);
        IngestSettings ingest = config.getConfigMapping(IngestSettings.class);
        return new EmailNormalizer(new EmailAttachments(new DiscardingStore(), email, ingest), new Metadata(ingest),
                email);
    }

    /**
     * Measures parsing, not the disk: attachments and the raw message are hashed as in the service, then
     * dropped.
     */
    private static final class DiscardingStore implements AttachmentStore {

        @Override
        public String store(String sha256, byte[] bytes) {
            return "memory:" + sha256;
        }
    }
}
