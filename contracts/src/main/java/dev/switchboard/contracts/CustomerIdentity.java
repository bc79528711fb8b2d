package dev.switchboard.contracts;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

@JsonClassDescription("Who wrote, as the channel knows them, with the hints it gives about them.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerIdentity(
        @JsonPropertyDescription("Email address, domain lower-cased.")
        String email,
        @JsonPropertyDescription("Phone number in E.164 (+14155550100).")
        String phone,
        @JsonPropertyDescription("Provider handle or id: WhatsApp wa_id, Telegram user id, X user id, web-chat "
                + "visitor id.")
        String handle,
        @JsonPropertyDescription("The name the customer goes by on the channel.")
        String displayName,
        @JsonPropertyDescription("BCP 47 tag the channel reported (browser locale, Content-Language), if any.")
        String locale,
        @JsonPropertyDescription("IANA time zone id, if the channel reported one.")
        String timeZone,
        @JsonPropertyDescription("ISO 3166-1 alpha-2 country, e.g. from the phone number's country code.")
        String country) {

    public static CustomerIdentity ofHandle(String handle, String displayName) {
        return new CustomerIdentity(null, null, handle, displayName, null, null, null);
    }
}
