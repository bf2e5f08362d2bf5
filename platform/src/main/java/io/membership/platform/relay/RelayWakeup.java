package io.membership.platform.relay;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Lets an append wake the relay without either knowing the other. */
public class RelayWakeup {

    private final Semaphore permits = new Semaphore(0);

    public void signal() {
        permits.release();
    }

    void await(Duration atMost) throws InterruptedException {
        permits.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS);
        permits.drainPermits();
    }
}
