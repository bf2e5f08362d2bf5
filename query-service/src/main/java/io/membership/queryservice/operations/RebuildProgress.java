package io.membership.queryservice.operations;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * {@code state} NONE (no rebuild since start), RUNNING or DONE; per partition the end offset when the rebuild began
 * ({@code target}) and how far the replay got ({@code applied}); {@code percent} over all partitions.
 */
public record RebuildProgress(String state, String requestedBy, Instant startedAt, Instant finishedAt,
                              List<Partition> partitions) {

    static final RebuildProgress NEVER = new RebuildProgress("NONE", null, null, null, List.of());

    public record Partition(String topic, int partition, long target, long applied) {
    }

    public boolean done() {
        return "DONE".equals(state);
    }

    @JsonProperty("percent")
    public int percent() {
        long target = partitions.stream().mapToLong(Partition::target).sum();
        long applied = partitions.stream().mapToLong(Partition::applied).sum();
        return target == 0 ? 100 : (int) (applied * 100 / target);
    }
}
