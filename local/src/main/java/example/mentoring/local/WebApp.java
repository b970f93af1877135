package example.mentoring.local;

import example.mentoring.http.ApiResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The web app as the local host serves it beside the API, as CloudFront serves it deployed: the
 * built files of {@code web/dist} under {@code /app/} with the same security headers, every other
 * {@code /app/...} path answered with the app's page (it routes in the browser), {@code /}
 * redirected to {@code /app/}, and {@code /app/config.json} saying that sign-in goes through the
 * local token issuer.
 */
final class WebApp {

    static final String PREFIX = "/app/";

    /**
     * The policy CloudFront's response headers policy sends too (template.yaml, WebSecurityHeaders),
     * there with the Cognito domain added to connect-src: no inline scripts or styles, no framing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
            "woff2", "font/woff2", "txt", "text/plain; charset=utf-8");

    private final Path dist;

    WebApp(Path dist) {
        this.dist = dist.toAbsolutePath().normalize();
    }

    /** Whether the request is the app's (or the bare origin), not the API's. */
    static boolean serves(String method, String path) {
        return method.equals("GET") && (path.equals("/") || path.equals("/app") || path.startsWith(PREFIX));
    }

    ApiResponse answer(String path) throws IOException {
        if (path.equals("/") || path.equals("/app")) {
            return new ApiResponse(302, Map.of("location", PREFIX), "");
        }
        if (path.equals(PREFIX + "config.json")) {
            return file("json", "{\"apiUrl\":\"\",\"signIn\":\"local\"}", "no-store");
        }
        Path index = dist.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            return new ApiResponse(503, headers("text/plain; charset=utf-8", "no-store"),
                    "The web app is not built: run bin/run-local (it builds web/ with npm), or `cd web && npm ci && npm run build`.");
        }
        String relative = path.substring(PREFIX.length());
        Path requested = dist.resolve(relative).normalize();
        Optional<String> extension = extension(relative);
        if (extension.isPresent() && requested.startsWith(dist) && Files.isRegularFile(requested)) {
            // Built assets carry a content hash in their names: they never change under one name.
            String cache = relative.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache";
            return file(extension.get(), Files.readString(requested, StandardCharsets.UTF_8), cache);
        }
        if (extension.isPresent()) {
            return new ApiResponse(404, headers("text/plain; charset=utf-8", "no-store"), "Not found");
        }
        return file("html", Files.readString(index, StandardCharsets.UTF_8), "no-cache");
    }

    private static Optional<String> extension(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static ApiResponse file(String extension, String body, String cache) {
        return new ApiResponse(200, headers(TYPES.getOrDefault(extension, "application/octet-stream"), cache), body);
    }

    private static Map<String, String> headers(String contentType, String cache) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", contentType);
        headers.put("cache-control", cache);
        headers.put("content-security-policy", CONTENT_SECURITY_POLICY);
        headers.put("x-content-type-options", "nosniff");
        headers.put("referrer-policy", "strict-origin-when-cross-origin");
        headers.put("x-frame-options", "DENY");
        return headers;
    }
}
