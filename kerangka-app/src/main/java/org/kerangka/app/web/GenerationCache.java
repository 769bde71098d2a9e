package org.kerangka.app.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * @param <K> the key, with value equality (a record of the request's parameters)
 * @param <V> the result, which must not be changed by those it is given to
 */
public final class GenerationCache<K, V> {
  private record Entry<V>(long generation, V value, int weight) {}

  private final long capacity;
  private final ToIntFunction<V> weigher;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
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
    if (entry != null && entry.generation() == generation) {
      return entry.value();
    }
    V value = read.get();
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
