package example.mentoring.post;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the AWS calls this module's tests make, by operation name. Registered as an SDK global
 * interceptor (test resources only), so it sees every client the functions build.
 */
public final class CallCounter implements ExecutionInterceptor {

    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        CALLS.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), k -> new AtomicInteger())
                .incrementAndGet();
    }

    static void reset() {
        CALLS.clear();
    }

    static int total() {
        return CALLS.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    static Map<String, Integer> snapshot() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        CALLS.forEach((operation, count) -> copy.put(operation, count.get()));
        return copy;
    }
}
