package dev.switchboard.ingest.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conversation keys from the Message-ID / In-Reply-To / References chain. The key is the thread's root id: the
 * first valid id in References, else In-Reply-To, else the message's own Message-ID, so every reply in a thread
 * gets the key its first message got. Without ids, the normalized subject and the participants decide.
 */
public final class Threading {

    public static final String PREFIX = "email:";

    private static final Pattern BRACKETED = Pattern.compile("<([^<>]*)>");
    private static final Pattern ID = Pattern.compile("[^\\s@<>()\\[\\],;:\"]+@([^\\s@<>()\\[\\],;:\"]+|\\[[^\\s\\[\\]]+\\])");
    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "(?i)^\\s*((re|fw|fwd|aw|wg|sv|vs|vl|tr|rv|r|i|res|enc|odp|pd|antw|doorst|ynt|ilt|rif|tr|回复|回覆|转发|答复|轉寄)"
                    + "(\\s*\\[\\d+\\]|\\s*\\(\\d+\\))?\\s*[:：]\\s*|\\[[^\\]]*\\]\\s*)+");

    private Threading() {
    }

    /** Every valid id in a Message-ID, In-Reply-To or References value, normalized, in order, without repeats. */
    public static List<String> ids(String value, ProblemLog problems, String field) {
        List<String> ids = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return ids;
        }
        Matcher bracketed = BRACKETED.matcher(value);
        boolean any = false;
        while (bracketed.find()) {
            any = true;
            addNormalized(bracketed.group(1), ids, problems, field);
        }
        if (!any) {
            // Ids without angle brackets are invalid but common; keep the ones that look like ids.
            for (String token : value.trim().split("[\\s,]+")) {
                addNormalized(token, ids, problems, field);
            }
        }
        return ids;
    }

    /** An id as a key: no brackets, no whitespace (folding can split one), domain lower case. */
    public static String normalize(String id) {
        String compact = id.replaceAll("\\s+", "");
        if (compact.startsWith("<") && compact.endsWith(">")) {
            compact = compact.substring(1, compact.length() - 1);
        }
        if (!ID.matcher(compact).matches()) {
            return null;
        }
        int at = compact.lastIndexOf('@');
        return compact.substring(0, at) + "@" + compact.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The thread root: first valid References id, else In-Reply-To, else the message's own id; null if none. */
    public static String root(List<String> references, List<String> inReplyTo, String messageId) {
        if (!references.isEmpty()) {
            return references.get(0);
        }
        if (!inReplyTo.isEmpty()) {
            return inReplyTo.get(0);
        }
        return messageId;
    }

    public static String key(String rootId) {
        return PREFIX + rootId;
    }

    /** The fallback key: subject without reply/forward prefixes and the sorted participant addresses, hashed. */
    public static String subjectKey(String subject, List<String> participants) {
        String normalized = normalizeSubject(subject);
        TreeSet<String> sorted = new TreeSet<>();
        participants.forEach(p -> sorted.add(p.toLowerCase(Locale.ROOT)));
        return PREFIX + "subject:" + sha256(normalized + "\u0000" + String.join(",", sorted)).substring(0, 32);
    }

    public static String normalizeSubject(String subject) {
        if (subject == null) {
            return "";
        }
        return REPLY_PREFIX.matcher(subject).replaceFirst("").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void addNormalized(String candidate, List<String> ids, ProblemLog problems, String field) {
        String id = normalize(candidate);
        if (id == null) {
            if (!candidate.isBlank()) {
                problems.add(field + " has an invalid id");
            }
        } else if (!ids.contains(id)) {
            ids.add(id);
        }
    }
}
