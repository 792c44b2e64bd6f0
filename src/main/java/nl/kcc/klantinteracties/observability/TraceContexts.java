package nl.kcc.klantinteracties.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The trace a piece of work belongs to, kept beyond the request that started it. With tracing on, that is the
 * request's span (whose parent is the incoming {@code traceparent}) and the later work gets a span of its own; with
 * tracing off, the incoming {@code traceparent} is still passed on, below a span id of its own, so that a receiver
 * that traces sees the register's calls in the caller's trace.
 */
@Component
public class TraceContexts {

    private final ObjectProvider<Tracer> tracers;
    private final boolean tracing;

    TraceContexts(
            ObjectProvider<Tracer> tracers, @Value("${management.tracing.export.enabled:false}") boolean tracing) {
        this.tracers = tracers;
        // Off, Spring Boot's tracer still starts a span per request, but in a trace of its own: it is not used then.
        this.tracing = tracing;
    }

    /** The trace of the work being done now, if it has one. */
    public Optional<TraceParent> current() {
        Tracer tracer = tracer();
        if (tracer != null) {
            Span span = tracer.currentSpan();
            if (span != null) {
                TraceContext context = span.context();
                Optional<TraceParent> traced = TraceParent.parse(traceparent(context));
                if (traced.isPresent()) {
                    return traced;
                }
            }
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return TraceParent.parse(attributes.getRequest().getHeader(TraceParent.HEADER));
        }
        return Optional.empty();
    }

    /**
     * Starts a call made on behalf of the work with this trace context; the call sends {@link Call#traceparent()} and
     * closes it when done.
     *
     * @param name what the call is, as its span is named when tracing is on
     */
    public Call start(String name, Optional<TraceParent> parent) {
        Tracer tracer = tracer();
        if (parent.isEmpty()) {
            return new Call(Optional.empty(), null, null);
        }
        if (tracer == null) {
            return new Call(Optional.of(parent.get().child()), null, null);
        }
        TraceContext context = tracer.traceContextBuilder()
                .traceId(parent.get().traceId())
                .spanId(parent.get().spanId())
                .sampled(parent.get().sampled())
                .build();
        Span span = tracer.spanBuilder()
                .setParent(context)
                .name(name)
                .kind(Span.Kind.CLIENT)
                .start();
        return new Call(TraceParent.parse(traceparent(span.context())), span, tracer.withSpan(span));
    }

    /** A call under way; its span, when tracing is on, ends when it is closed. */
    public static final class Call implements AutoCloseable {

        private final Optional<TraceParent> traceparent;
        private final @Nullable Span span;
        private final Tracer.@Nullable SpanInScope scope;

        private Call(Optional<TraceParent> traceparent, @Nullable Span span, Tracer.@Nullable SpanInScope scope) {
            this.traceparent = traceparent;
            this.span = span;
            this.scope = scope;
        }

        public Optional<TraceParent> traceparent() {
            return traceparent;
        }

        public void failed(Throwable error) {
            if (span != null) {
                span.error(error);
            }
        }

        @Override
        public void close() {
            if (span != null && scope != null) {
                scope.close();
                span.end();
            }
        }
    }

    private @Nullable Tracer tracer() {
        if (!tracing) {
            return null;
        }
        Tracer tracer = tracers.getIfAvailable();
        return tracer == null || tracer == Tracer.NOOP ? null : tracer;
    }

    private static String traceparent(TraceContext context) {
        Boolean sampled = context.sampled();
        return "00-" + context.traceId() + "-" + context.spanId() + "-" + (Boolean.TRUE.equals(sampled) ? "01" : "00");
    }
}
