package dev.switchboard.router.support;

import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.switchboard.contracts.ContractJson;
import dev.switchboard.contracts.Delivery;

/** Reading {@link Delivery} records as the agent gateway would. */
public final class DeliveryRecords {

    private DeliveryRecords() {
    }

    public static Delivery parse(ConsumerRecord<String, String> record) {
        try {
            return ContractJson.mapper().readValue(record.value(), Delivery.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a Delivery: " + record.value(), e);
        }
    }

    public static <T extends Delivery> Predicate<ConsumerRecord<String, String>> to(String agentId, Class<T> type) {
        return record -> agentId.equals(record.key()) && type.isInstance(parse(record));
    }

    public static <T extends Delivery> Predicate<ConsumerRecord<String, String>> about(String conversationId,
            Class<T> type) {
        return record -> {
            Delivery delivery = parse(record);
            return type.isInstance(delivery) && conversationId.equals(delivery.conversationId());
        };
    }
}
