package io.membership.queryservice.seats.query;

/** {@code free} never goes below zero, even when a capacity cut leaves more seats held than purchased. */
public record SeatUsage(String product, int purchased, long reserved, long used, long free) {

    static SeatUsage of(String product, int purchased, long reserved, long used) {
        return new SeatUsage(product, purchased, reserved, used, Math.max(0, purchased - reserved - used));
    }
}
