package org.kerangka.app.web;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * A number that changes after every write to the database made through this application's data
 * source, so that read results can be cached per generation and are never stale: the data source is
 * wrapped, every connection notes whether it prepared a statement that is not a plain {@code
 * select}, and such a connection bumps the generation when it commits, rolls back or is returned to
 * the pool (after the write is visible to others). A reader takes the generation before it reads,
 * so what it caches under that number is at least as new as the number; a write bumps the number
 * before the writer's request returns, so the next read computes afresh.
 *
 * <p>Writes by another process to the same database (a PostgreSQL registry written by a command
 * line run while a server reads it) are not seen; the search index has the same limit.
 */
@Component
public final class RegistryGeneration implements BeanPostProcessor {
  private static final AtomicLong GENERATION = new AtomicLong();

  /** The current generation: take it before reading what is cached under it. */
  public static long current() {
    return GENERATION.get();
  }

  /** Marks a change made without this data source (or to be safe): every cache is out of date. */
  public static void bump() {
    GENERATION.incrementAndGet();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
      return new Counting(dataSource);
    }
    return bean;
  }

  /**
   * Whether the statement may change data that is read and cached: anything but a select is taken
   * to, except the bookkeeping of a token's last use (once a minute per token), which no cached
   * read shows.
   */
  static boolean writes(@Nullable String sql) {
    if (sql == null) {
      return true;
    }
    String head = sql.stripLeading().toLowerCase(Locale.ROOT);
    return !(head.startsWith("select") || head.startsWith(UNSHOWN_BOOKKEEPING));
  }

  private static final String UNSHOWN_BOOKKEEPING = "update api_token set last_used_at = ";

  /** The data source whose connections bump the generation after a write. */
  static final class Counting extends DelegatingDataSource {
    Counting(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return wrap(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return wrap(obtainTargetDataSource().getConnection(username, password));
    }

    private static Connection wrap(Connection connection) {
      return (Connection)
          Proxy.newProxyInstance(
              RegistryGeneration.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              new Tracking(connection));
    }
  }

  private static final class Tracking implements InvocationHandler {
    private final Connection target;
    private boolean dirty;

    Tracking(Connection target) {
      this.target = target;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args)
        throws Throwable {
      switch (method.getName()) {
        case "prepareStatement", "prepareCall" -> {
          if (args != null && args.length > 0 && writes((String) args[0])) {
            dirty = true;
          }
        }
        // a plain statement's SQL comes later: take it as a write
        case "createStatement" -> dirty = true;
        case "unwrap" -> {
          if (args != null && ((Class<?>) args[0]).isInstance(proxy)) {
            return proxy;
          }
        }
        case "isWrapperFor" -> {
          if (args != null && ((Class<?>) args[0]).isInstance(proxy)) {
            return true;
          }
        }
        case "equals" -> {
          return args != null && proxy == args[0];
        }
        case "hashCode" -> {
          return System.identityHashCode(proxy);
        }
        default -> {}
      }
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      } finally {
        switch (method.getName()) {
          case "commit", "rollback", "close" -> {
            if (dirty) {
              dirty = false;
              bump();
            }
          }
          default -> {}
        }
      }
    }
  }
}
