package dev.switchboard.ingest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void normalizesProviderFormsToE164WithCountry() {
        assertEquals(new PhoneNumbers.E164("+14155550100", "US"), PhoneNumbers.parse("+1 (415) 555-0100", null).orElseThrow());
        assertEquals(new PhoneNumbers.E164("+447946095800", "GB"), PhoneNumbers.parse("whatsapp:+447946095800", null).orElseThrow());
        assertEquals("+919876543210", PhoneNumbers.parse("0091 98765 43210", null).orElseThrow().e164());
        assertEquals("+4930123456", PhoneNumbers.parse("030 123456", "DE").orElseThrow().e164());
    }

    @Test
    void givesNothingForWhatIsNotAPhoneNumber() {
        assertTrue(PhoneNumbers.parse("anonymous", null).isEmpty());
        assertTrue(PhoneNumbers.parse("", null).isEmpty());
        assertTrue(PhoneNumbers.parse("5551234", null).isEmpty(), "no country code and no region to read it in");
    }
}
