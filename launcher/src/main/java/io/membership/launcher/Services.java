package io.membership.launcher;

/** The four services, however they run: as child JVMs ({@link RunningSystem}) or in this one ({@link ColocatedServices}). */
public interface Services extends AutoCloseable {

    String membershipUrl();

    String invitationUrl();

    String notificationUrl();

    String queryUrl();

    @Override
    void close();
}
