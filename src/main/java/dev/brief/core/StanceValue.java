package dev.brief.core;

/** Where a party stands on an issue. */
public enum StanceValue {
  SUPPORT,
  OPPOSE,
  MIXED,
  NEUTRAL;

  /** The other side: SUPPORT and OPPOSE swap ("would not back", "against lifting it"). */
  StanceValue turned() {
    return switch (this) {
      case SUPPORT -> OPPOSE;
      case OPPOSE -> SUPPORT;
      default -> this;
    };
  }
}
