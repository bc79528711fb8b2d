package dev.switchboard.ingest.email;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.switchboard.contracts.MessageFlag;

/**
 * What kind of mail this is beyond "a customer wrote": bounces (multipart/report delivery-status, mailer-daemon
 * senders), read receipts (disposition-notification), auto-replies (RFC 3834 Auto-Submitted, X-Autoreply,
 * X-Autorespond, Precedence bulk/junk/auto_reply, out-of-office subjects) and forwards. A bounce or read receipt
 * is not also flagged as an auto-reply, although it usually carries Auto-Submitted too.
 */
public final class EmailFlags {

    private static final Pattern DAEMON = Pattern.compile("(?i)^(mailer-daemon|postmaster|mail-daemon)@.*");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "(?i).*(delivery status notification \\(failure\\)|undeliver(ed|able)|returned mail|"
                    + "mail delivery failed|delivery failure|failure notice).*");
    private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile(
            "(?i)^\\s*(automatic reply|auto[- ]?reply|autoreply|auto[- ]?respons[e]?|out of (the )?office|"
                    + "abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática|"
                    + "risposta automatica|automatisch antwoord|autosvar|自動返信|自动回复|자동 응답)\\b.*");

    private EmailFlags() {
    }

    public static Set<MessageFlag> of(ParsedEmail email, String senderAddress, String subject) {
        Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
        String report = email.reportType();
        boolean bounce = "delivery-status".equals(report) || email.hasPart("message/delivery-status")
                || (senderAddress != null && DAEMON.matcher(senderAddress).matches())
                || email.header("X-Failed-Recipients").isPresent()
                || (subject != null && BOUNCE_SUBJECT.matcher(subject).matches() && email.hasPart("message/rfc822"));
        boolean receipt = "disposition-notification".equals(report) || email.hasPart("message/disposition-notification");
        if (bounce) {
            flags.add(MessageFlag.BOUNCE);
        } else if (receipt) {
            flags.add(MessageFlag.READ_RECEIPT);
        } else if (isAutoReply(email, subject)) {
            flags.add(MessageFlag.AUTO_REPLY);
        }
        if (!flags.contains(MessageFlag.AUTO_REPLY) && subject != null
                && Threading.normalizeSubject(subject).length() < subject.strip().length()
                && subject.strip().toLowerCase(Locale.ROOT).matches("^(fwd?|wg|tr|rv|enc|i)\\s*:.*")) {
            flags.add(MessageFlag.FORWARDED);
        }
        return flags;
    }

    private static boolean isAutoReply(ParsedEmail email, String subject) {
        String autoSubmitted = lower(email.value("Auto-Submitted"));
        if (autoSubmitted != null && !autoSubmitted.isBlank() && !autoSubmitted.startsWith("no")) {
            return true;
        }
        if (email.header("X-Autoreply").isPresent() || email.header("X-Autorespond").isPresent()
                || email.header("X-Autoresponder").isPresent()) {
            return true;
        }
        String precedence = lower(email.value("Precedence"));
        if (precedence != null && (precedence.startsWith("bulk") || precedence.startsWith("junk")
                || precedence.startsWith("auto_reply") || precedence.startsWith("auto-reply"))) {
            return true;
        }
        return subject != null && AUTO_REPLY_SUBJECT.matcher(subject).matches();
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
