package dev.switchboard.ingest.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body written byte for byte, so a test controls the charset of every field. */
final class MultipartBody {

    static final String BOUNDARY = "sWiTcHbOaRd";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    MultipartBody field(String name, String value) {
        return field(name, value.getBytes(StandardCharsets.UTF_8));
    }

    MultipartBody field(String name, byte[] value) {
        ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
        out.writeBytes(value);
        ascii("\r\n");
        return this;
    }

    MultipartBody file(String name, String fileName, String mediaType, byte[] content) {
        ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
        out.writeBytes(content);
        ascii("\r\n");
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream done = new ByteArrayOutputStream();
        done.writeBytes(out.toByteArray());
        done.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return done.toByteArray();
    }

    private void ascii(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
