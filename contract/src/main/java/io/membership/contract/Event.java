package io.membership.contract;

/**
 * Every published event. {@link #partitionKey()} is the Kafka record key: the workspace id for workspace
 * events, so one workspace's events stay in order within a topic.
 */
public interface Event {
    String partitionKey();
}
