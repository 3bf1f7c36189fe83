package dev.brief.app;

/** The outcome of processing one object. */
public enum Status {
  /** Analysed and stored. */
  DONE,
  /** Permanently unprocessable input (empty, binary, too large); acknowledged, not retried. */
  REJECTED,
  /** Brief itself failed on this input (a defect); acknowledged so it does not retry forever. */
  FAILED
}
