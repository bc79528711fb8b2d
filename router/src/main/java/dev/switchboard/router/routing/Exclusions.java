package dev.switchboard.router.routing;

/** How many agents each rule excluded from one decision; each agent is counted once (see {@link Exclusion}). */
public record Exclusions(int notAvailable, int offShift, int noCapacity, int language, int skill, int declined) {

    public static final Exclusions NONE = new Exclusions(0, 0, 0, 0, 0, 0);

    public int total() {
        return notAvailable + offShift + noCapacity + language + skill + declined;
    }

    Exclusions plus(Exclusion reason) {
        return new Exclusions(
                notAvailable + (reason == Exclusion.NOT_AVAILABLE ? 1 : 0),
                offShift + (reason == Exclusion.OFF_SHIFT ? 1 : 0),
                noCapacity + (reason == Exclusion.NO_CAPACITY ? 1 : 0),
                language + (reason == Exclusion.LANGUAGE ? 1 : 0),
                skill + (reason == Exclusion.SKILL ? 1 : 0),
                declined + (reason == Exclusion.DECLINED ? 1 : 0));
    }
}
