package org.hipspa.weasis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class ContextClassLoaderTest {

  private final ClassLoader bundleLoader = new URLClassLoader(new URL[0], null);

  @Test
  void theTaskSeesTheGivenLoaderAsContextClassLoader() throws Exception {
    ClassLoader seen = ContextClassLoader.call(bundleLoader, () -> Thread.currentThread().getContextClassLoader());

    assertThat(seen).isSameAs(bundleLoader);
  }

  @Test
  void theCallersLoaderIsBackAfterTheTaskEvenWhenItFails() {
    ClassLoader before = Thread.currentThread().getContextClassLoader();

    assertThatThrownBy(
            () ->
                ContextClassLoader.call(
                    bundleLoader,
                    () -> {
                      throw new IllegalStateException("engine did not start");
                    }))
        .hasMessage("engine did not start");
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
  }
}
