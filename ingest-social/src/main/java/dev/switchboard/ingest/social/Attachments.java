package dev.switchboard.ingest.social;

import java.util.Base64;

import dev.switchboard.contracts.Attachment;

/** Attachments as the contract wants them: the provider's URL, or {@code <provider>-media:<id>} to fetch it by. */
public final class Attachments {

    private Attachments() {
    }

    public static Attachment of(String provider, String name, String mediaType, Long size, String url, String mediaId) {
        String location = url != null ? url : mediaId == null ? null : provider + "-media:" + mediaId;
        return new Attachment(name, mediaType, size, null, location);
    }

    /** WhatsApp gives the SHA-256 in base64; the contract wants lower-case hex, and only a real 32-byte digest. */
    public static Attachment withBase64Sha256(Attachment attachment, String base64) {
        if (base64 == null) {
            return attachment;
        }
        try {
            byte[] digest = Base64.getDecoder().decode(base64.trim());
            return digest.length != 32 ? attachment : new Attachment(attachment.name(), attachment.mediaType(),
                    attachment.size(), Hmac.hex(digest), attachment.location());
        } catch (IllegalArgumentException e) {
            return attachment;
        }
    }
}
