package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who wrote, as the channel knows them, with the hints it gives about them.
 *
 * @param email    address, lower-cased domain
 * @param phone    E.164 (+14155550100)
 * @param handle   provider handle or id (WhatsApp wa_id, Telegram user id, X user id, web-chat visitor id)
 * @param locale   BCP 47 tag the channel reported (browser locale, Content-Language), if any
 * @param timeZone IANA zone id, if the channel reported one
 * @param country  ISO 3166-1 alpha-2, e.g. from the phone number's country code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerIdentity(
        String email,
        String phone,
        String handle,
        String displayName,
        String locale,
        String timeZone,
        String country) {

    public static CustomerIdentity ofHandle(String handle, String displayName) {
        return new CustomerIdentity(null, null, handle, displayName, null, null, null);
    }
}
