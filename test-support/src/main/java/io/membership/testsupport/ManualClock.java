package io.membership.testsupport;

import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand, usable where a {@link Clock} or Bucket4j's {@link TimeMeter} is expected. */
public class ManualClock extends Clock implements TimeMeter {

    private final AtomicReference<Instant> now;

    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public static ManualClock startingNow() {
        return new ManualClock(Instant.now());
    }

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public long currentTimeNanos() {
        Instant at = now.get();
        return TimeUnit.SECONDS.toNanos(at.getEpochSecond()) + at.getNano();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
