package dev.brief.core;

/**
 * A reference to a party in one sentence: tokens {@code [from, to)}, the party's key, the actor
 * when the reference is a person, and whether the reference is incidental - the words only name a
 * place ("talks in Geneva") or describe something ("Italian Parma ham", "the UK operator").
 * Incidental mentions neither make a party nor hold a stance.
 */
record Mention(int sentence, int from, int to, String party, String actor, boolean incidental) {
  /** Mentions in the order they stand in their sentence. */
  static final java.util.Comparator<Mention> BY_START =
      java.util.Comparator.comparingInt(Mention::from);
}
