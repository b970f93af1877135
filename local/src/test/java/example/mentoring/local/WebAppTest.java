package example.mentoring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import example.mentoring.http.ApiResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The local host serves the web app under /app/ as CloudFront does")
class WebAppTest {

    @TempDir
    Path root;
    Path dist;
    WebApp web;

    @BeforeEach
    void build() throws IOException {
        dist = Files.createDirectories(root.resolve("dist"));
        Files.createDirectories(dist.resolve("assets"));
        Files.writeString(dist.resolve("index.html"), "<!doctype html><title>app</title>");
        Files.writeString(dist.resolve("assets/index-abc.js"), "console.log(1)");
        Files.writeString(root.resolve("secret.txt"), "not for the web");
        web = new WebApp(dist);
    }

    @Test
    @DisplayName("the bare origin and /app redirect to /app/; the API's routes are not the app's")
    void redirects() throws IOException {
        assertEquals(302, web.answer("/").status());
        assertEquals("/app/", web.answer("/").headers().get("location"));
        assertTrue(WebApp.serves("GET", "/app/coordinate"));
        assertFalse(WebApp.serves("GET", "/cohorts"));
        assertFalse(WebApp.serves("POST", "/app/"));
    }

    @Test
    @DisplayName("a built asset is served with its type, a long cache and the strict security headers")
    void asset() throws IOException {
        ApiResponse js = web.answer("/app/assets/index-abc.js");
        assertEquals(200, js.status());
        assertEquals("text/javascript; charset=utf-8", js.headers().get("content-type"));
        assertTrue(js.headers().get("cache-control").contains("immutable"));
        String csp = js.headers().get("content-security-policy");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"));
        assertFalse(csp.contains("unsafe-inline"));
    }

    @Test
    @DisplayName("any other path under /app/ is the app's page, which routes in the browser")
    void clientRoutes() throws IOException {
        ApiResponse page = web.answer("/app/coordinate/cohorts/fall-2027/matching");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<title>app</title>"));
        assertEquals("no-cache", page.headers().get("cache-control"));
    }

    @Test
    @DisplayName("a missing file is 404, and nothing outside the built app can be reached")
    void confined() throws IOException {
        assertEquals(404, web.answer("/app/assets/missing.js").status());
        assertEquals(404, web.answer("/app/../secret.txt").status());
    }

    @Test
    @DisplayName("config.json tells the app to sign in through the local token issuer")
    void config() throws IOException {
        ApiResponse config = web.answer("/app/config.json");
        assertEquals("{\"apiUrl\":\"\",\"signIn\":\"local\"}", config.body());
    }

    @Test
    @DisplayName("before the app is built, its pages say how to build it")
    void notBuilt() throws IOException {
        ApiResponse answer = new WebApp(root.resolve("nothing")).answer("/app/");
        assertEquals(503, answer.status());
        assertTrue(answer.body().contains("npm"));
    }
}
