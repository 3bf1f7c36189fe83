package dev.brief.core;

/**
 * A reference to a party in one sentence: tokens {@code [from, to)}, the party's key, the actor
 * when the reference is a person, and whether the words only name a place ("talks in Geneva").
 */
record Mention(int sentence, int from, int to, String party, String actor, boolean locative) {}
