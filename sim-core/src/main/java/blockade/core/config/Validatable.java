package blockade.core.config;

/**
 * A config record with rules that involve more than one key (e.g. a rule's effective date not
 * before its announcement). The loader calls {@link #validate} on every bound record, depth first,
 * after the per-key checks passed.
 */
public interface Validatable {
  /**
   * Report every violated cross-key rule to {@code v}; never throw.
   *
   * @param v collects problems; keys are relative to this record
   */
  void validate(Validation v);
}
