package dev.switchboard.local.routers;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

import dev.switchboard.contracts.Topics;

/** The topics the routers share, with enough partitions for each, and the check that each router owns some. */
public final class RouterGroups {

    /** The router's consumer groups (application.properties): one for inbound, one for agent events. */
    private static final List<String> GROUPS = List.of("router", "router-agent-events");
    private static final List<String> TOPICS = List.of(Topics.INBOUND, Topics.AGENT_EVENTS, Topics.DELIVERIES,
            Topics.OUTBOUND);

    private RouterGroups() {
    }

    /** Creates the topics with {@code partitions} partitions, or grows them to that many if another test made them. */
    public static void createTopics(String bootstrapServers, int partitions) {
        try (Admin admin = admin(bootstrapServers)) {
            List<String> existing = List.copyOf(admin.listTopics().names().get(10, TimeUnit.SECONDS));
            List<NewTopic> missing = TOPICS.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1)).toList();
            admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
            Map<String, TopicDescription> described = admin.describeTopics(TOPICS).allTopicNames()
                    .get(10, TimeUnit.SECONDS);
            for (TopicDescription topic : described.values()) {
                if (topic.partitions().size() < partitions) {
                    admin.createPartitions(Map.of(topic.name(), NewPartitions.increaseTo(partitions))).all()
                            .get(10, TimeUnit.SECONDS);
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the routers' topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until each of the router's consumer groups is stable with {@code consumers} members (routers times each
     * one's ROUTER_CONCURRENCY), each with partitions.
     */
    public static void awaitSplit(String bootstrapServers, int consumers, Duration bound) {
        try (Admin admin = admin(bootstrapServers)) {
            await().atMost(bound).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(GROUPS).all()
                        .get(5, TimeUnit.SECONDS);
                return groups.values().stream().allMatch(group -> group.members().size() == consumers
                        && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty()));
            });
        }
    }

    private static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }
}
