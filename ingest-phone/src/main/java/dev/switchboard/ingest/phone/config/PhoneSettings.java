package dev.switchboard.ingest.phone.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "switchboard.ingest.phone")
public interface PhoneSettings {

    /**
     * Publish calls that need no callback (answered calls, outbound calls) so the router records them on the
     * customer's history without routing them. When false they are acknowledged and counted, not published.
     */
    @WithDefault("true")
    boolean publishAnswered();

    /**
     * ISO 3166-1 region to read numbers without a country code in (Asterisk writes "415-555-0100"), e.g. US.
     * Without it such numbers are kept as the PBX wrote them.
     */
    Optional<String> defaultRegion();

    /** The zone of the times in Asterisk's Master.csv: cdr_csv writes local time unless usegmtime=yes. */
    @WithDefault("UTC")
    String asteriskTimeZone();

    /** Most rows in one Master.csv upload; a larger file is refused with 413 and should be split. */
    @WithDefault("2000")
    int maxBatchRows();
}
