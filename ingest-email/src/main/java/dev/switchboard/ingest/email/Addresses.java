package dev.switchboard.ingest.email;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;

/** Mailboxes of an address header, read by mime4j's lenient parser, with a last-resort scan for addresses. */
public final class Addresses {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"(),;:@]+@[^\\s<>\"(),;:@]*[^\\s<>\"(),;:@.]");

    private static final Pattern DOMAIN = Pattern.compile("@([^\\s<>\"(),;:@]+)");

    private Addresses() {
    }

    /** A mailbox: address with lower-case domain, display name decoded (may be null). */
    public record Person(String address, String name) {
    }

    public static List<Person> parse(String value, ProblemLog problems, String field) {
        List<Person> people = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return people;
        }
        AddressList list = LenientAddressParser.DEFAULT.parseAddressList(padded(asciiDomains(value)));
        boolean bad = false;
        for (Address address : list) {
            List<Mailbox> mailboxes = address instanceof Group ? ((Group) address).getMailboxes() : List.of((Mailbox) address);
            for (Mailbox mailbox : mailboxes) {
                String domain = unicodeDomain(mailbox.getDomain());
                if (mailbox.getLocalPart() == null || mailbox.getLocalPart().isBlank() || domain == null || domain.isBlank()
                        || !ADDRESS.matcher(mailbox.getLocalPart() + "@" + domain).matches()) {
                    bad = true;
                    continue;
                }
                String name = mailbox.getName() == null ? null : HeaderField.decodeWords(mailbox.getName(), problems).strip();
                people.add(new Person(mailbox.getLocalPart() + "@" + domain.toLowerCase(Locale.ROOT),
                        name == null || name.isEmpty() ? null : name));
            }
        }
        if (bad || people.isEmpty() && value.contains("@")) {
            problems.add(field + " is not a well-formed address list");
            List<Person> scanned = scan(value);
            if (scanned.size() > people.size()) {
                return scanned;
            }
        }
        return people;
    }

    /** Addresses in angle brackets if there are any (a display name may itself look like an address), else all. */
    private static List<Person> scan(String value) {
        List<Person> bracketed = scan(value, Pattern.compile("<(" + ADDRESS.pattern() + ")>"));
        return bracketed.isEmpty() ? scan(value, Pattern.compile("(" + ADDRESS.pattern() + ")")) : bracketed;
    }

    private static List<Person> scan(String value, Pattern pattern) {
        List<Person> people = new ArrayList<>();
        Matcher matcher = pattern.matcher(value);
        while (matcher.find()) {
            String address = matcher.group(1);
            int at = address.lastIndexOf('@');
            String normalized = address.substring(0, at) + "@" + address.substring(at + 1).toLowerCase(Locale.ROOT);
            if (people.stream().noneMatch(p -> p.address().equals(normalized))) {
                people.add(new Person(normalized, null));
            }
        }
        return people;
    }

    /**
     * mime4j's address parser mangles non-ASCII domains (RFC 6532), so they go through it as IDNA ASCII and come
     * back as Unicode; non-ASCII local parts it reads correctly.
     */
    private static String asciiDomains(String value) {
        if (value.chars().allMatch(c -> c < 0x80)) {
            return value;
        }
        Matcher matcher = DOMAIN.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String domain = matcher.group(1);
            String ascii;
            try {
                ascii = domain.chars().allMatch(c -> c < 0x80) ? domain : IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                ascii = domain;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement("@" + ascii));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * mime4j encodes the text as UTF-8 but bounds its cursor by the number of characters, cutting the end off
     * text with non-ASCII characters; trailing blanks make up the difference.
     */
    private static String padded(String value) {
        int extra = value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length - value.length();
        return extra == 0 ? value : value + " ".repeat(extra);
    }

    private static String unicodeDomain(String domain) {
        if (domain == null || !domain.contains("xn--")) {
            return domain;
        }
        try {
            return IDN.toUnicode(domain, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return domain;
        }
    }
}
