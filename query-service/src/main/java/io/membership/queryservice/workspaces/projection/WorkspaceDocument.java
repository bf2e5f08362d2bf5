package io.membership.queryservice.workspaces.projection;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** A workspace's name and purchased seats per product. */
@Document("workspaces")
public class WorkspaceDocument {

    @Id
    private String id;
    private String name;
    private Map<String, Integer> seatCapacity = new TreeMap<>();
    private String ownerAccountId;
    private Instant createdAt;
    private long sequence = -1;
    @Version
    private Long version;

    static WorkspaceDocument create(String workspaceId) {
        WorkspaceDocument workspace = new WorkspaceDocument();
        workspace.id = workspaceId;
        return workspace;
    }

    boolean created(long eventSequence, String newName, Map<String, Integer> capacity, String owner, Instant at) {
        if (createdAt != null && eventSequence <= sequence) {
            return false;
        }
        name = newName;
        seatCapacity = capacity == null ? new TreeMap<>() : new TreeMap<>(capacity);
        ownerAccountId = owner;
        createdAt = at;
        sequence = Math.max(sequence, eventSequence);
        return true;
    }

    boolean capacityChanged(long eventSequence, String product, int capacity) {
        if (eventSequence >= 0 && eventSequence <= sequence) {
            return false;
        }
        seatCapacity.put(product, capacity);
        sequence = eventSequence;
        return true;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Map<String, Integer> seatCapacity() {
        return seatCapacity;
    }

    public String ownerAccountId() {
        return ownerAccountId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
