package dev.switchboard.ingest.email;

/** How far the parser goes into a message built to exhaust it. */
public record MimeLimits(int maxDepth, int maxParts, int maxHeaders) {

    public static final MimeLimits DEFAULT = new MimeLimits(10, 200, 1000);
}
