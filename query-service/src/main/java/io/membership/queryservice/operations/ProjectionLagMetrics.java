package io.membership.queryservice.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code query.projection.lag{topic, partition, group}}: events published but not yet applied to the read models
 * (end offset minus the group's committed offset), refreshed every {@code membership.query.lag-interval}. All read
 * models are fed by one consumer group, so the lag of a partition is the lag of every read model.
 */
@Component
public class ProjectionLagMetrics implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionLagMetrics.class);

    private final ConsumerOffsets offsets;
    private final MeterRegistry meters;
    private final String group;
    private final Duration interval;
    private final Map<TopicPartition, AtomicLong> lags = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "projection-lag");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionLagMetrics(ConsumerOffsets offsets, MeterRegistry meters,
                                @Value("${spring.kafka.consumer.group-id:query-service}") String group,
                                @Value("${membership.query.lag-interval:5s}") Duration interval) {
        this.offsets = offsets;
        this.meters = meters;
        this.group = group;
        this.interval = interval;
    }

    @Override
    public void afterPropertiesSet() {
        timer.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The lag per partition as last measured; measures now. */
    public Map<TopicPartition, Long> refresh() {
        Map<TopicPartition, Long> ends = offsets.endOffsets();
        Map<TopicPartition, Long> positions = offsets.committed(ends.keySet());
        Map<TopicPartition, Long> now = new TreeMap<>(ConsumerOffsets::compare);
        ends.forEach((partition, end) -> {
            long lag = Math.max(0, end - positions.get(partition));
            gauge(partition).set(lag);
            now.put(partition, lag);
        });
        return now;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.debug("projection lag not measured: {}", e.getMessage());
        }
    }

    private AtomicLong gauge(TopicPartition partition) {
        return lags.computeIfAbsent(partition, p -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("query.projection.lag", value, AtomicLong::get)
                    .description("Events on the topic partition not yet applied to the read models")
                    .tag("topic", p.topic()).tag("partition", String.valueOf(p.partition())).tag("group", group)
                    .register(meters);
            return value;
        });
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
