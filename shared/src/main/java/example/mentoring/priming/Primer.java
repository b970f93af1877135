package example.mentoring.priming;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.aws.SnapshotPhase;
import example.mentoring.log.Log;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * A function's SnapStart priming, as the CRaC runtime hook that Lambda calls before it snapshots an
 * initialised execution environment: {@link #prime} runs the function's request path once (its SDK
 * clients' marshalling and HTTP stack, Jackson for its types, its templates), so that an
 * environment restored from the snapshot starts with those classes loaded, initialised and
 * compiled. Priming must have no side effect: it reads keys that do not exist, sends requests that
 * are refused before anything is written, and renders in memory.
 *
 * <p>Priming is best effort: a step that fails is logged (its exception's class only) and the
 * snapshot goes ahead, since an unprimed function is only slower on its first request.
 */
public abstract class Primer implements Resource {

    /** The CRaC context holds resources weakly; these strong references keep them registered. */
    private static final List<Primer> REGISTERED = new CopyOnWriteArrayList<>();

    /** Registers a deployed function's primer with the runtime; call it from the handler Lambda builds. */
    public static void register(Primer primer) {
        REGISTERED.add(primer);
        Core.getGlobalContext().register(primer);
    }

    /**
     * Runs every registered primer now, as a checkpoint would: the cold-start benchmark's primed mode
     * (outside Lambda no CRaC implementation ever calls the hook).
     */
    public static void primeRegistered() {
        REGISTERED.forEach(Primer::primeLogged);
    }

    /** Exercises the function's request path without side effects. */
    public abstract void prime();

    @Override
    public final void beforeCheckpoint(Context<? extends Resource> context) {
        primeLogged();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to restore: clients read credentials on each call and open connections as needed
    }

    /** Runs one step of priming; a failure is logged and the rest goes on. */
    protected static void step(String name, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException failure) {
            Log.warn("priming.step.failed", Map.of("step", name, "error", failure.getClass().getSimpleName()));
        }
    }

    /**
     * Serves each request through the handler, as API Gateway would (invoke priming): routing, the
     * claims, Jackson both ways, the repositories' SDK calls and the problem+json mapping. A 5xx
     * answer counts as a failed step: the path it primed is not the one real requests take.
     */
    protected static void serve(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                PrimingRequest... requests) {
        for (PrimingRequest request : requests) {
            step(request.routeKey(), () -> {
                int status = handler.handleRequest(request.event(), null).getStatusCode();
                if (status >= 500) {
                    throw new IllegalStateException("answered " + status);
                }
            });
        }
    }

    /** Serves one event (JSON) through a stream handler, as Lambda would; the answer is dropped. */
    protected static void serve(RequestStreamHandler handler, String name, String event) {
        step(name, () -> {
            try {
                handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                        OutputStream.nullOutputStream(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void primeLogged() {
        String requestId = Log.requestId();
        Log.requestId("priming");
        long started = System.nanoTime();
        try {
            SnapshotPhase.prime(this::prime);
        } finally {
            Log.info("priming.done", Map.of("primer", getClass().getSimpleName(),
                    "millis", (System.nanoTime() - started) / 1_000_000));
            Log.requestId(requestId);
        }
    }
}
