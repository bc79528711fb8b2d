package dev.switchboard.router.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lower-case words of a message, without digits, punctuation, URLs or handles; Indic vowel signs stay in words. */
final class Tokens {

    private Tokens() {
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String chunk : text.split("\\s+")) {
            if (chunk.contains("://") || chunk.startsWith("www.") || chunk.contains("@")) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < chunk.length(); ) {
                int cp = chunk.codePointAt(i);
                i += Character.charCount(cp);
                int type = Character.getType(cp);
                if (Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK || cp == 0x200C || cp == 0x200D) {
                    word.appendCodePoint(cp);
                } else {
                    add(words, word);
                }
            }
            add(words, word);
        }
        return words;
    }

    private static void add(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
