package dev.switchboard.ingest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    // The worked example in Twilio's request-validation documentation.
    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final String SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
    private static final Map<String, List<String>> PARAMS = Map.of(
            "CallSid", List.of("CA1234567890ABCDE"),
            "Caller", List.of("+14158675309"),
            "Digits", List.of("1234"),
            "From", List.of("+14158675309"),
            "To", List.of("+18005551212"));

    @Test
    void matchesTwiliosPublishedVector() {
        assertEquals(SIGNATURE, TwilioSignature.sign(TOKEN, URL, PARAMS));
        assertTrue(TwilioSignature.isValid(TOKEN, URL, PARAMS, SIGNATURE));
    }

    @Test
    void rejectsATamperedParameterUrlOrToken() {
        Map<String, List<String>> tampered = new HashMap<>(PARAMS);
        tampered.put("Digits", List.of("9999"));
        assertFalse(TwilioSignature.isValid(TOKEN, URL, tampered, SIGNATURE));
        assertFalse(TwilioSignature.isValid(TOKEN, URL + "&x=1", PARAMS, SIGNATURE));
        assertFalse(TwilioSignature.isValid("other", URL, PARAMS, SIGNATURE));
        assertFalse(TwilioSignature.isValid(TOKEN, URL, PARAMS, null));
    }
}
