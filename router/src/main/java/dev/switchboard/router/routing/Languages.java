package dev.switchboard.router.routing;

import java.util.Locale;
import java.util.Map;

/** Whether an agent speaks a language, judged on the primary subtag: an "es" speaker serves "es-MX". */
public final class Languages {

    /** Levels run 1..5; 4 and up is fluent. */
    public static final int MAX_LEVEL = 5;

    private Languages() {
    }

    public static boolean speaks(Map<String, Integer> languages, String tag) {
        return level(languages, tag) > 0;
    }

    /**
     * The agent's level (0..5) in the language of {@code tag}: the highest level of any of its tags with the same
     * primary subtag, 0 when it has none or the tag is unknown.
     */
    public static int level(Map<String, Integer> languages, String tag) {
        if (tag == null || tag.isBlank()) {
            return 0;
        }
        String wanted = primary(tag);
        int best = 0;
        for (Map.Entry<String, Integer> known : languages.entrySet()) {
            if (primary(known.getKey()).equals(wanted)) {
                best = Math.max(best, clamp(known.getValue()));
            }
        }
        return best;
    }

    static int clamp(Integer level) {
        return level == null ? 0 : Math.max(0, Math.min(MAX_LEVEL, level));
    }

    static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
