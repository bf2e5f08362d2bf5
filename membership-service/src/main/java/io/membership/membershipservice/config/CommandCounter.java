package io.membership.membershipservice.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** {@code membership.commands{command, outcome, error}}: handled and failed commands. */
class CommandCounter implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry meters;

    CommandCounter(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        try {
            Object result = chain.proceed();
            meters.counter("membership.commands", "command", command, "outcome", "handled", "error", "none")
                    .increment();
            return result;
        } catch (Exception e) {
            meters.counter("membership.commands", "command", command, "outcome", "failed",
                    "error", e.getClass().getSimpleName()).increment();
            throw e;
        }
    }
}
