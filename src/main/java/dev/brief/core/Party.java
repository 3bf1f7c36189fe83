package dev.brief.core;

import java.util.List;

/** A party of the article with its actors and its stances. */
public record Party(
    String name, PartyKind kind, int mentions, List<Actor> actors, List<Stance> stances) {
  public Party {
    actors = List.copyOf(actors);
    stances = List.copyOf(stances);
  }
}
