package example.mentoring.architecture.bad.http;

/** Stands for the real http.Problem: only the edge may make one. */
public record Problem(int status, String slug) {
}
