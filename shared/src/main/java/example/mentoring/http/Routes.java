package example.mentoring.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import example.mentoring.log.Log;
import example.mentoring.outcome.NotFound;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The routes one function serves, keyed as the template names them ({@code "GET /cohorts/{cohortId}"}).
 * Dispatches an event, logs one line per request, and maps every failure through {@link Problems}.
 */
public final class Routes {

    private final Map<String, Function<ApiRequest, ApiResponse>> routes = new LinkedHashMap<>();

    public Routes on(String routeKey, Function<ApiRequest, ApiResponse> route) {
        routes.put(routeKey, route);
        return this;
    }

    /** The route keys served, in the order they were registered. */
    public java.util.Set<String> keys() {
        return java.util.Collections.unmodifiableSet(routes.keySet());
    }

    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        ApiRequest request = new ApiRequest(event);
        Log.requestId(request.requestId());
        long started = System.nanoTime();
        ApiResponse response;
        try {
            Function<ApiRequest, ApiResponse> route = routes.get(request.routeKey());
            response = route == null
                    ? Problems.answer(new NotFound("No route " + request.routeKey() + "."))
                    : route.apply(request);
        } catch (RuntimeException failure) {
            response = Problems.toResponse(failure);
        }
        Log.info("request.served", Map.of(
                "route", request.routeKey(),
                "status", response.status(),
                "millis", (System.nanoTime() - started) / 1_000_000));
        return response.toEvent();
    }
}
