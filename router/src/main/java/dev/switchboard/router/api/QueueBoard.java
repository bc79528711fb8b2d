package dev.switchboard.router.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.switchboard.router.persistence.SupervisionRepository.QueueSlice;

/**
 * The queue as a supervisor reads it: how many conversations wait and the longest wait, overall and per skill,
 * language and channel. A conversation needing two skills counts under each.
 */
public record QueueBoard(Instant asOf, Slice total, List<Slice> bySkill, List<Slice> byLanguage,
        List<Slice> byChannel) {

    /**
     * @param oldestWaitSeconds how long the longest-waiting conversation has waited, from its queued_since
     */
    public record Slice(String key, long depth, Instant oldestQueuedSince, long oldestWaitSeconds) {
    }

    static QueueBoard of(List<QueueSlice> slices, Instant now) {
        Slice total = slices.stream().filter(s -> s.dimension().equals("total")).findFirst()
                .map(s -> slice(s, now)).orElse(new Slice("all", 0, null, 0));
        return new QueueBoard(now, total.depth() == 0 ? new Slice("all", 0, null, 0) : total,
                of(slices, "skill", now), of(slices, "language", now), of(slices, "channel", now));
    }

    /** Longest wait first: where a supervisor should look first. */
    private static List<Slice> of(List<QueueSlice> slices, String dimension, Instant now) {
        return slices.stream().filter(s -> s.dimension().equals(dimension)).map(s -> slice(s, now))
                .sorted(Comparator.comparingLong(Slice::oldestWaitSeconds).reversed().thenComparing(Slice::key))
                .toList();
    }

    private static Slice slice(QueueSlice s, Instant now) {
        long wait = s.oldestSince() == null ? 0 : Math.max(0, Duration.between(s.oldestSince(), now).toSeconds());
        return new Slice(s.key(), s.depth(), s.oldestSince(), wait);
    }
}
