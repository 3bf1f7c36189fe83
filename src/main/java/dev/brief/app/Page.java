package dev.brief.app;

import java.util.List;

/** One page of a listing, with the opaque cursor of the next page (null on the last). */
public record Page<T>(List<T> items, String next) {
  public Page {
    items = List.copyOf(items);
  }
}
