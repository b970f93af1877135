package example.mentoring.emulator;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension for fault tests: the run's Moto server (the one {@link Moto} uses) behind a
 * {@link FaultProxy}. Before each test Moto is emptied and holds the stack of template.yaml, and
 * the proxy has no rules and no counts. Tests receive an {@link EmulatedStack} whose endpoint is
 * the proxy (so every function's environment goes through it) and the {@link FaultProxy} to program.
 */
public final class FaultyMoto implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static FaultProxy proxy;
    private static EmulatedStack stack;

    private static synchronized EmulatedStack stack() {
        if (proxy == null) {
            EmulatedStack direct = Moto.stack();
            proxy = FaultProxy.start(direct.endpoint());
            stack = new EmulatedStack(direct.template(), proxy.endpoint());
            Runtime.getRuntime().addShutdownHook(new Thread(proxy::close));
        }
        return stack;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stack();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        stack();
        proxy.clear();
        MotoServer.reset(Moto.stack().endpoint());
        // through the proxy's stack, so that it knows the ids Moto gave (user pools); then no counts
        stack.provision();
        proxy.clear();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EmulatedStack.class || type == FaultProxy.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        EmulatedStack proxied = stack();
        return parameter.getParameter().getType() == FaultProxy.class ? proxy : proxied;
    }
}
