package dev.switchboard.router.language;

/**
 * What the channel and the customer record say about the language, any of them null when unknown.
 *
 * @param explicit         a language the customer chose explicitly
 * @param customerLanguage the customer's known language
 * @param phoneNumber      E.164 number of the sender ("+919812345678"), for its country code
 * @param contentLanguage  the Content-Language (or Accept-Language) header value, e.g. "hi, en;q=0.8"
 * @param browserLocale    the chat widget's browser locale, e.g. "pt-BR"
 */
public record LanguageHints(String explicit, String customerLanguage, String phoneNumber, String contentLanguage,
                            String browserLocale) {

    public static LanguageHints none() {
        return new LanguageHints(null, null, null, null, null);
    }

    public static LanguageHints phone(String phoneNumber) {
        return new LanguageHints(null, null, phoneNumber, null, null);
    }
}
