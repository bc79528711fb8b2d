package dev.switchboard.bench.system;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.switchboard.bench.ingest.Bodies;
import dev.switchboard.bench.ingest.ChatBodies;
import dev.switchboard.bench.ingest.EmailBodies;
import dev.switchboard.bench.ingest.SocialBodies;
import dev.switchboard.contracts.Channel;
import dev.switchboard.local.LocalService;

/**
 * The mixed traffic of a contact centre, out of every 20 posts: 10 web chats (~1 KB, {@link ChatBodies}), 5 social
 * webhooks ({@link SocialBodies}: WhatsApp, Messenger, Telegram, LINE, some with several messages, one in ten a
 * delivery receipt), 3 emails from the corpus ({@link EmailBodies}, every tenth a Postmark webhook) and 2 phone call
 * records ({@link PhoneBodies}). Post {@code n} is the {@code k}-th of its kind, so each kind's own mix is kept.
 */
final class MixedBodies {

    /** One kind of post: which service takes it, the channel the router files it under, its bodies. */
    enum Kind {
        CHAT(LocalService.INGEST_CHAT, Channel.CHAT, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18),
        SOCIAL(LocalService.INGEST_SOCIAL, Channel.SOCIAL, 1, 5, 9, 13, 17),
        EMAIL(LocalService.INGEST_EMAIL, Channel.EMAIL, 3, 11, 19),
        PHONE(LocalService.INGEST_PHONE, Channel.PHONE, 7, 15);

        static final int CYCLE = 20;

        private final LocalService service;
        private final Channel channel;
        private final int[] slots;

        Kind(LocalService service, Channel channel, int... slots) {
            this.service = service;
            this.channel = channel;
            this.slots = slots;
        }

        LocalService service() {
            return service;
        }
    }

    /** Which kind post {@code n} is, and its number among that kind's posts. */
    record Slot(Kind kind, int k) {
    }

    private static final Kind[] KIND_OF = new Kind[Kind.CYCLE];
    private static final int[] INDEX_OF = new int[Kind.CYCLE];

    static {
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < kind.slots.length; i++) {
                KIND_OF[kind.slots[i]] = kind;
                INDEX_OF[kind.slots[i]] = i;
            }
        }
    }

    private final Map<Kind, Bodies> bodies = new EnumMap<>(Kind.class);

    MixedBodies(String run, SocialBodies social) {
        bodies.put(Kind.CHAT, new ChatBodies(run, "/v1/chat/messages"));
        bodies.put(Kind.SOCIAL, social);
        bodies.put(Kind.EMAIL, new EmailBodies(run, true));
        bodies.put(Kind.PHONE, new PhoneBodies(run));
    }

    static Slot slot(int n) {
        Kind kind = KIND_OF[n % Kind.CYCLE];
        return new Slot(kind, n / Kind.CYCLE * kind.slots.length + INDEX_OF[n % Kind.CYCLE]);
    }

    /** The post number of the {@code k}-th post of {@code kind}. */
    static int post(Kind kind, int k) {
        return k / kind.slots.length * Kind.CYCLE + kind.slots[k % kind.slots.length];
    }

    Bodies.Post body(int n) {
        Slot slot = slot(n);
        return bodies.get(slot.kind()).post(slot.k());
    }

    int acceptedStatus(int n) {
        return bodies.get(slot(n).kind()).acceptedStatus();
    }

    /** The records post {@code n} should become in the router: its messages (and status receipts). */
    int yields(int n) {
        Slot slot = slot(n);
        return bodies.get(slot.kind()).yields(slot.k());
    }

    /**
     * The post and record index a message the router stored stands for, as {@code n * MAX_RECORDS + index}, or -1
     * when it is not one of this run's.
     */
    long recordOf(Channel channel, String providerMessageId) {
        for (Kind kind : List.of(Kind.values())) {
            if (kind.channel == channel || (kind == Kind.CHAT && channel == Channel.SMS)) {
                long record = bodies.get(kind).recordOf(providerMessageId);
                if (record >= 0) {
                    return Bodies.record(post(kind, (int) (record / Bodies.MAX_RECORDS)),
                            (int) (record % Bodies.MAX_RECORDS));
                }
            }
        }
        return -1;
    }
}
