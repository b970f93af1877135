package example.mentoring.coldstart;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * Runs in a fresh JVM whose classpath is one function's jar: builds its handler as Lambda would
 * (no-argument constructor, configuration from the process environment) and serves one event.
 * Prints nothing; the parent times the whole process.
 */
public final class InvokeOnce {

    private InvokeOnce() {
    }

    public static void main(String[] args) throws Exception {
        Object handler = Class.forName(args[0]).getConstructor().newInstance();
        try (InputStream event = new FileInputStream(args[1])) {
            if (handler instanceof RequestStreamHandler stream) {
                stream.handleRequest(event, new ByteArrayOutputStream(), null);
                return;
            }
            // An HTTP API handler: deserialize the event as the Lambda runtime would, with Jackson.
            Class<?> eventType = Class.forName("com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent");
            Class<?> mapperType = Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
            Object mapper = mapperType.getConstructor().newInstance();
            Class<?> feature = Class.forName("com.fasterxml.jackson.databind.DeserializationFeature");
            mapperType.getMethod("configure", feature, boolean.class)
                    .invoke(mapper, Enum.valueOf(feature.asSubclass(Enum.class), "FAIL_ON_UNKNOWN_PROPERTIES"), false);
            Object parsed = mapperType.getMethod("readValue", InputStream.class, Class.class).invoke(mapper, event, eventType);
            Method handle = handler.getClass().getMethod("handleRequest", eventType,
                    Class.forName("com.amazonaws.services.lambda.runtime.Context"));
            Object response = handle.invoke(handler, parsed, null);
            int status = (int) response.getClass().getMethod("getStatusCode").invoke(response);
            if (status >= 500) {
                throw new IllegalStateException("the function answered " + status);
            }
        }
    }
}
