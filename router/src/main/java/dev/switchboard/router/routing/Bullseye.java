package dev.switchboard.router.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The standard rings of the bullseye, and which ring a conversation has reached after waiting. */
public final class Bullseye {

    /** Stage 0 when none are configured: a fluent speaker (level 4 or 5) with every required skill at its level. */
    public static final BullseyeStage FLUENT_AND_SKILLED = new BullseyeStage(Duration.ZERO, 4, 0, Set.of(), Map.of());

    public static final List<BullseyeStage> STRICT = List.of(FLUENT_AND_SKILLED);

    private Bullseye() {
    }

    /** The last stage whose wait has passed, 0 when none has; stages are in order of their {@code after}. */
    public static int stageAfter(List<BullseyeStage> stages, Duration waited) {
        int reached = 0;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).after().compareTo(waited) <= 0) {
                reached = i;
            }
        }
        return reached;
    }
}
