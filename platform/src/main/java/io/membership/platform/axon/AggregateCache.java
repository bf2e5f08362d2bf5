package io.membership.platform.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;

/**
 * The most recently used aggregates of one type kept loaded between commands, so a command does not replay the
 * aggregate's stream from the event store. A cached aggregate that another instance appended to is stale: its next
 * append collides on the (aggregate, sequence) index, Axon evicts it on the rollback and the command runs again on
 * the stored state; a refusal it made is retried once the same way ({@link CommandDispatcher}).
 */
public final class AggregateCache implements AutoCloseable {

    private final CacheManager manager;
    private final Cache cache;

    private AggregateCache(CacheManager manager, Cache cache) {
        this.manager = manager;
        this.cache = cache;
    }

    @SuppressWarnings("unchecked")
    public static AggregateCache onHeap(String name, long entries) {
        CacheManager manager = CacheManagerBuilder.newCacheManagerBuilder()
                .withCache(name, CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(entries)))
                .build(true);
        Ehcache<Object, Object> store = (Ehcache<Object, Object>) manager.getCache(name, Object.class, Object.class);
        return new AggregateCache(manager, new EhCache3Adapter(store));
    }

    /** The cache to name in {@code @Aggregate(cache = …)}, as a bean. */
    public Cache cache() {
        return cache;
    }

    @Override
    public void close() {
        manager.close();
    }
}
