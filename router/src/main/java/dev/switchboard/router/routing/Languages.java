package dev.switchboard.router.routing;

import java.util.Locale;
import java.util.Map;

/** Whether an agent speaks a language, judged on the primary subtag: an "es" speaker serves "es-MX". */
public final class Languages {

    private Languages() {
    }

    public static boolean speaks(Map<String, Integer> languages, String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        String wanted = primary(tag);
        return languages.keySet().stream().anyMatch(known -> primary(known).equals(wanted));
    }

    static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
