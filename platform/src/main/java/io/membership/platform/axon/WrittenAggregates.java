package io.membership.platform.axon;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The aggregates an HTTP request wrote to, kept in the request (never in a thread that outlives it), so the answer
 * can carry a consistency token for each.
 */
final class WrittenAggregates {

    private static final String ATTRIBUTE = WrittenAggregates.class.getName();

    static void record(String aggregateId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            of(request).add(aggregateId);
        }
    }

    @SuppressWarnings("unchecked")
    static Set<String> of(RequestAttributes request) {
        Set<String> written = (Set<String>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (written == null) {
            written = new LinkedHashSet<>();
            request.setAttribute(ATTRIBUTE, written, RequestAttributes.SCOPE_REQUEST);
        }
        return written;
    }

    private WrittenAggregates() {
    }
}
