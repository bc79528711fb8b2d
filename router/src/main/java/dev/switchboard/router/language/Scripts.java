package dev.switchboard.router.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which writing system a message is in. Latin letters in an Indic, Arabic or Japanese message are usually brand
 * names and English loanwords ("Flipkart का order नहीं आया"), so any other script with a fifth of the letters wins.
 */
final class Scripts {

    private static final double NON_LATIN_SHARE = 0.2;

    private Scripts() {
    }

    /** The deciding script, or null for a text without letters. Hiragana and Katakana count as Japanese (JAPANESE). */
    static UnicodeScript dominant(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                    && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
                continue;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) {
                continue;
            }
            if (script == UnicodeScript.KATAKANA) {
                script = UnicodeScript.HIRAGANA;
            }
            counts.merge(script, 1, Integer::sum);
            letters++;
        }
        if (letters == 0) {
            return null;
        }
        if (counts.containsKey(UnicodeScript.HIRAGANA)) {
            return UnicodeScript.HIRAGANA;
        }
        UnicodeScript best = null;
        int bestCount = 0;
        for (Map.Entry<UnicodeScript, Integer> entry : counts.entrySet()) {
            if (entry.getKey() != UnicodeScript.LATIN && entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best != null && bestCount >= NON_LATIN_SHARE * letters ? best : UnicodeScript.LATIN;
    }
}
