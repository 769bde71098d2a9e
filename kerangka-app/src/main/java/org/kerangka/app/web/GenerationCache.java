package org.kerangka.app.web;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Results of reads remembered per key for one generation of the data they were read from (for
 * example {@link RegistryGeneration#current()}): a result is given out again only while the
 * generation is the one it was read in, so a write makes the next read compute afresh. Holds
 * results of a total weight (items of a page, hits of a search) of about {@code capacity}: all are
 * dropped when it is full (the keys of a benchmark or of the pages people page through are few).
 *
 * <p>A key is read once at a time: requests that miss the same key while another request is reading
 * it wait for that reading instead of running the same queries beside it (after a write, sixteen
 * clients asking for the same page cost one query, not sixteen that slow each other down). If that
 * reading fails, each waiting request reads on its own, so one failure is not handed to others.
 *
 * @param <K> the key, with value equality (a record of the request's parameters)
 * @param <V> the result, which must not be changed by those it is given to
 */
public final class GenerationCache<K, V> {
  private record Entry<V>(long generation, V value, int weight) {}

  /** A reading in progress, for a generation. */
  private record Flight<V>(long generation, CompletableFuture<V> result) {}

  private final long capacity;
  private final ToIntFunction<V> weigher;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Map<K, Flight<V>> flights = new ConcurrentHashMap<>();
  private final AtomicLong weight = new AtomicLong();

  public GenerationCache(long capacity, ToIntFunction<V> weigher) {
    this.capacity = capacity;
    this.weigher = weigher;
  }

  /**
   * The result for the key read in {@code generation}, reading it with {@code read} when it is not
   * known. Take the generation before reading, so that the result is at least as new as it.
   */
  public V get(K key, long generation, Supplier<V> read) {
    Entry<V> entry = entries.get(key);
    if (entry != null && entry.generation() >= generation) {
      return entry.value();
    }
    Flight<V> mine = new Flight<>(generation, new CompletableFuture<>());
    Flight<V> other = flights.putIfAbsent(key, mine);
    if (other != null) {
      // another request is reading this key: its result will do if it is at least as new
      if (other.generation() >= generation) {
        try {
          return other.result().get();
        } catch (ExecutionException failed) {
          // that reading failed (and its request reports it): read on our own below
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(
              "interrupted while waiting for " + key + " to be read", e);
        }
      }
      return keep(key, generation, read.get());
    }
    try {
      V value = read.get();
      mine.result().complete(value);
      return keep(key, generation, value);
    } catch (Throwable e) { // rethrown as it is: the reading throws only unchecked ones
      mine.result().completeExceptionally(e);
      throw e;
    } finally {
      flights.remove(key, mine);
    }
  }

  private V keep(K key, long generation, V value) {
    int w = 1 + Math.max(0, weigher.applyAsInt(value));
    if (weight.addAndGet(w) > capacity) {
      entries.clear();
      weight.set(w);
    }
    entries.merge(
        key,
        new Entry<>(generation, value, w),
        (old, fresh) -> old.generation() > fresh.generation() ? old : fresh);
    return value;
  }

  /** Forgets every result. */
  public void clear() {
    entries.clear();
    weight.set(0);
  }

  int size() {
    return entries.size();
  }
}
