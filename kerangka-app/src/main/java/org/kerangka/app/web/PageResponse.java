package org.kerangka.app.web;

import java.util.List;

/** One page of a list. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <T> PageResponse<T> of(List<T> all, int page, int size) {
    int from = (int) Math.min((long) page * size, all.size());
    int to = Math.min(from + size, all.size());
    int pages = (all.size() + size - 1) / size;
    return new PageResponse<>(List.copyOf(all.subList(from, to)), page, size, all.size(), pages);
  }
}
