package io.membership.launcher;

import java.io.IOException;
import java.net.ServerSocket;

/** The HTTP ports of the four services and of the gateway in front of them. */
public record ServicePorts(int membership, int invitation, int notification, int query, int gateway) {

    /** The port of the service called {@code name} ({@code membership-service}, …). */
    public int of(String name) {
        return switch (name) {
            case "membership-service" -> membership;
            case "invitation-service" -> invitation;
            case "notification-service" -> notification;
            case "query-service" -> query;
            case "gateway" -> gateway;
            default -> throw new IllegalArgumentException(name);
        };
    }

    public static ServicePorts defaults() {
        return new ServicePorts(8081, 8082, 8083, 8084, 8080);
    }

    /** Every port moved by {@code offset}: a second system on one machine (PORT_OFFSET of bin/start). */
    public ServicePorts plus(int offset) {
        return new ServicePorts(membership + offset, invitation + offset, notification + offset, query + offset,
                gateway + offset);
    }

    public static ServicePorts free() {
        return new ServicePorts(freePort(), freePort(), freePort(), freePort(), freePort());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
