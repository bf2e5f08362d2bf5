package io.membership.launcher;

/** The four services and the gateway, however they run: as child JVMs ({@link RunningSystem}) or in this one ({@link ColocatedServices}). */
public interface Services extends AutoCloseable {

    ServicePorts ports();

    default String membershipUrl() {
        return "http://localhost:" + ports().membership();
    }

    default String invitationUrl() {
        return "http://localhost:" + ports().invitation();
    }

    default String notificationUrl() {
        return "http://localhost:" + ports().notification();
    }

    default String queryUrl() {
        return "http://localhost:" + ports().query();
    }

    /** The one public origin: REST APIs of all four services and the web pages. */
    default String gatewayUrl() {
        return "http://localhost:" + ports().gateway();
    }

    @Override
    void close();
}
