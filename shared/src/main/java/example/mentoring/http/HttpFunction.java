package example.mentoring.http;

/**
 * A function behind HTTP API routes. Its {@link Routes} are keyed as template.yaml names them; a
 * test ({@code StackConsistencyTest}) checks that each function serves exactly its template routes.
 */
public interface HttpFunction {

    Routes routes();
}
