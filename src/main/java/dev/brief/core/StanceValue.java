package dev.brief.core;

/** Where a party stands on an issue. */
public enum StanceValue {
  SUPPORT,
  OPPOSE,
  MIXED,
  NEUTRAL
}
