package io.membership.platform.axon;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.Set;
import java.util.StringJoiner;

/**
 * Every answer to a request that wrote events carries {@code X-Consistency-Token: <aggregateId>:<sequence>[,…]}:
 * query-service's {@code ?after=} waits until its read models have applied that position (read-your-writes).
 * Commands run in the request thread, so the stream's last sequence already includes the caller's own write.
 */
@ControllerAdvice
public class ConsistencyTokenAdvice implements ResponseBodyAdvice<Object> {

    public static final String HEADER = "X-Consistency-Token";

    private final EventStorageEngine storage;

    public ConsistencyTokenAdvice(EventStorageEngine storage) {
        this.storage = storage;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return body;
        }
        Set<String> written = WrittenAggregates.of(attributes);
        StringJoiner token = new StringJoiner(",");
        for (String aggregateId : written) {
            storage.lastSequenceNumberFor(aggregateId).ifPresent(sequence -> token.add(aggregateId + ":" + sequence));
        }
        if (token.length() > 0) {
            response.getHeaders().set(HEADER, token.toString());
        }
        return body;
    }
}
