package example.mentoring.emulator;

import java.net.URI;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one Moto server per test run on a free loopback port, and before each test an
 * empty emulator holding the stack of template.yaml. Tests receive the {@link EmulatedStack} as a
 * parameter and build real SDK clients against it.
 */
public final class Moto implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static MotoServer server;
    private static EmulatedStack stack;

    /** The run's one Moto server, started on first use, as an emulated stack pointed straight at it. */
    static synchronized EmulatedStack stack() {
        if (server == null) {
            server = MotoServer.start(MotoServer.freePort());
            stack = new EmulatedStack(StackTemplate.load(), server.endpoint());
        }
        return stack;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stack();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        URI endpoint = stack().endpoint();
        MotoServer.reset(endpoint);
        stack.provision();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmulatedStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack();
    }
}
