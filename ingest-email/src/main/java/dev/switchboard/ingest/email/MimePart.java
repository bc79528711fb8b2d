package dev.switchboard.ingest.email;

import java.util.List;
import java.util.Locale;

/**
 * A leaf of the MIME tree, its transfer encoding already undone.
 *
 * @param mediaType     lower-case type/subtype (text/plain when the part declared none)
 * @param charset       the charset parameter as sent, or null
 * @param disposition   inline, attachment, or null
 * @param fileName      from Content-Disposition filename or Content-Type name, decoded
 * @param branches      for each enclosing multipart/alternative: its id and which of its children holds this part
 * @param messageDepth  0 in the message itself, 1 inside an attached (forwarded) message/rfc822, ...
 * @param opaque        a container kept whole because it was nested too deeply
 */
public record MimePart(
        String mediaType,
        String charset,
        String disposition,
        String fileName,
        String contentId,
        String transferEncoding,
        byte[] content,
        List<Branch> branches,
        int messageDepth,
        boolean opaque) {

    /** Child {@code child} of the multipart/alternative numbered {@code alternative}. */
    public record Branch(int alternative, int child) {
    }

    public boolean isText() {
        return !opaque && (mediaType.equals("text/plain") || mediaType.equals("text/html"));
    }

    public boolean isHtml() {
        return mediaType.equals("text/html");
    }

    /** A text part the sender meant as the message body rather than a file. */
    public boolean isBody() {
        if (!isText() || "attachment".equals(disposition)) {
            return false;
        }
        return fileName == null || "inline".equals(disposition);
    }

    public boolean isTnef() {
        return mediaType.equals("application/ms-tnef") || mediaType.equals("application/vnd.ms-tnef")
                || (fileName != null && fileName.toLowerCase(Locale.ROOT).equals("winmail.dat"));
    }

    public boolean isUuencoded() {
        return transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("uuencode");
    }
}
