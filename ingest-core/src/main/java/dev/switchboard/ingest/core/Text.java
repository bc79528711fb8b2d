package dev.switchboard.ingest.core;

import java.text.Normalizer;

/** Text as the contract wants it: Unicode NFC, no NUL or other C0 controls except tab and line breaks. */
public final class Text {

    private Text() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder clean = null;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            if (control && clean == null) {
                clean = new StringBuilder(nfc.length()).append(nfc, 0, i);
            } else if (!control && clean != null) {
                clean.append(c);
            }
        }
        return clean == null ? nfc : clean.toString();
    }

    /** Null for null or blank text, else the normalized text. */
    public static String normalizeOrNull(String text) {
        String normalized = normalize(text);
        return normalized == null || normalized.isBlank() ? null : normalized;
    }
}
