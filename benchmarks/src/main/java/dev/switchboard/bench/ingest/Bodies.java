package dev.switchboard.bench.ingest;

import java.util.Map;

import io.vertx.core.buffer.Buffer;

/**
 * What the open-loop driver posts, and what the service should publish for it: post {@code n} (its path, headers
 * and body) yields {@link #yields(int)} records, each with a provider message id of its own from which
 * {@link #recordOf} gives back {@code n} and the record's place in the post. That is all the topic audit needs to
 * hold the topic against the answers, whatever the channel. Used from the driver's event loop only.
 */
public interface Bodies {

    /** The most records one post may yield; record keys are {@code n * MAX_RECORDS + index}. */
    int MAX_RECORDS = 8;

    Post post(int n);

    /** How many records post {@code n} publishes once it is accepted. */
    int yields(int n);

    /** The record key a published providerMessageId stands for, or -1 when it is not one of this run's. */
    long recordOf(String providerMessageId);

    /** True when the record should be a status update (flag STATUS_UPDATE) rather than a customer's message. */
    default boolean isStatus(long record) {
        return false;
    }

    /** The status the service answers a post with once everything in it is in Kafka. */
    default int acceptedStatus() {
        return 202;
    }

    static long record(int n, int index) {
        return (long) n * MAX_RECORDS + index;
    }

    /** One request: {@code headers} include the content type and whatever signs or authenticates it. */
    record Post(String path, Map<String, String> headers, Buffer body) {
    }
}
