package org.kerangka.app.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results of reads remembered per key for one generation of the data they were read from (for
 * example {@link RegistryGeneration#current()}): a result is given out again only while the
 * generation is the one it was read in, so a write makes the next read compute afresh. Holds at
 * most {@code capacity} keys (all are dropped when it is full; the keys of a benchmark or of the
 * pages people page through are few).
 *
 * @param <K> the key, with value equality (a record of the request's parameters)
 * @param <V> the result, which must not be changed by those it is given to
 */
public final class GenerationCache<K, V> {
  private record Entry<V>(long generation, V value) {}

  private final int capacity;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

  public GenerationCache(int capacity) {
    this.capacity = capacity;
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
    if (entries.size() >= capacity) {
      entries.clear();
    }
    entries.merge(
        key,
        new Entry<>(generation, value),
        (old, fresh) -> old.generation() > fresh.generation() ? old : fresh);
    return value;
  }

  /** Forgets every result. */
  public void clear() {
    entries.clear();
  }

  int size() {
    return entries.size();
  }
}
