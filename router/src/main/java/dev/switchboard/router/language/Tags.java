package dev.switchboard.router.language;

import java.util.Locale;

/** BCP 47 helpers: routing matches languages on their primary subtag, as agents' languages do. */
final class Tags {

    private Tags() {
    }

    /** "es-MX" → "es"; null or blank → null. */
    static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String trimmed = tag.trim().replace('_', '-');
        int dash = trimmed.indexOf('-');
        return (dash < 0 ? trimmed : trimmed.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** "pt_br" → "pt-BR", so stored decisions have one spelling. */
    static String canonical(String tag) {
        return Locale.forLanguageTag(tag.trim().replace('_', '-')).toLanguageTag();
    }
}
