package dev.switchboard.ingest.email;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;

/**
 * A language hint from what the mail states: Content-Language first, else a charset that implies a language
 * (ISO-2022-JP is Japanese, KOI8-R Russian). Charsets used for many languages (UTF-8, windows-1252) imply none.
 */
public final class LanguageHints {

    private static final Map<String, String> BY_CHARSET = Map.ofEntries(
            Map.entry("iso-2022-jp", "ja"), Map.entry("shift_jis", "ja"), Map.entry("euc-jp", "ja"),
            Map.entry("windows-31j", "ja"), Map.entry("ks_c_5601-1987", "ko"), Map.entry("euc-kr", "ko"),
            Map.entry("iso-2022-kr", "ko"), Map.entry("gb2312", "zh-Hans"), Map.entry("gbk", "zh-Hans"),
            Map.entry("gb18030", "zh-Hans"), Map.entry("big5", "zh-Hant"), Map.entry("big5-hkscs", "zh-Hant"),
            Map.entry("koi8-r", "ru"), Map.entry("koi8-u", "uk"), Map.entry("iso-8859-7", "el"),
            Map.entry("windows-1253", "el"), Map.entry("iso-8859-8", "he"), Map.entry("windows-1255", "he"),
            Map.entry("windows-1256", "ar"), Map.entry("iso-8859-6", "ar"), Map.entry("tis-620", "th"),
            Map.entry("windows-874", "th"), Map.entry("iso-8859-9", "tr"), Map.entry("windows-1254", "tr"),
            Map.entry("windows-1258", "vi"));

    private LanguageHints() {
    }

    /** The first tag of a Content-Language value as BCP 47, or null when absent or not a tag. */
    public static String contentLanguage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String first = value.split("[,;]")[0].strip();
        try {
            String tag = new Locale.Builder().setLanguageTag(first.replace('_', '-')).build().toLanguageTag();
            return tag.equals("und") ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    public static String fromCharset(String charset) {
        return charset == null ? null : BY_CHARSET.get(charset.toLowerCase(Locale.ROOT));
    }
}
