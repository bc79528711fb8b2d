package dev.switchboard.ingest.email.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The only places an SNS message may send this service: https on {@code sns.<region>.amazonaws.com} (or
 * {@code .com.cn}). Anything else in SigningCertURL or SubscribeURL is an attempt to make the service trust a key,
 * or fetch a URL, of someone else's choosing.
 */
final class SnsHosts {

    private static final Pattern HOST = Pattern.compile("sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?");

    private SnsHosts() {
    }

    /** The URL, if it is https on an SNS host with no user info or odd port; else null. */
    static URI snsUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            boolean ok = "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && HOST.matcher(uri.getHost().toLowerCase(Locale.ROOT)).matches()
                    && uri.getRawUserInfo() == null && (uri.getPort() == -1 || uri.getPort() == 443);
            return ok ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static boolean isSnsCommonName(String name) {
        return name != null && (name.equals("sns.amazonaws.com") || HOST.matcher(name).matches());
    }
}
