package newsflow.testkit.junit;

import newsflow.testkit.EmbeddedStack;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives tests an {@link EmbeddedStack} parameter: one real broker and one real
 * registry per test JVM, started on first use and stopped when the test run ends, so integration test
 * classes share one start-up. Tests must not assume an empty broker or registry: use unique topic and
 * subject names.
 *
 * <pre>{@code
 * @ExtendWith(EmbeddedStackExtension.class)
 * class MyIT {
 *     @Test void shouldX(EmbeddedStack stack) { ... stack.bootstrapServers() ... }
 * }
 * }</pre>
 */
public final class EmbeddedStackExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(EmbeddedStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == EmbeddedStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NS)
                .getOrComputeIfAbsent("stack", k -> new Holder(EmbeddedStack.start(null)), Holder.class).stack;
    }

    /** Closed by JUnit when the root context closes, i.e. at the end of the test run. */
    private static final class Holder implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final EmbeddedStack stack;

        Holder(EmbeddedStack stack) {
            this.stack = stack;
        }

        @Override
        public void close() {
            stack.close();
        }
    }
}
