package blockade.gui;

import java.util.List;

/**
 * A policy-lever edit from the model tab, turned into {@code --set} overrides of the scenario when
 * it takes effect (at the start of the next month).
 */
interface LeverEdit {
  /** What the edit does, for the event and summary.json. */
  String label();

  /**
   * The overrides that make the edit, effective from {@code month}.
   *
   * @param month the month it takes effect, YYYY-MM
   * @param ruleId an id for a new US rule or China policy step, if the edit needs one
   */
  List<String> sets(String month, String ruleId);

  /**
   * An edit that adds a US rule effective (and announced) from the month it takes effect.
   *
   * @param label what it does
   * @param fields the rule's other fields as YAML flow-map entries, e.g. {@code offshore: closed}
   */
  static LeverEdit rule(String label, String fields) {
    return new LeverEdit() {
      @Override
      public String label() {
        return label;
      }

      @Override
      public List<String> sets(String month, String ruleId) {
        return List.of(
            "usControls.rules."
                + ruleId
                + "={announce: "
                + month
                + ", effective: "
                + month
                + ", "
                + fields
                + ", severity: 0, source: \"GUI lever: "
                + label
                + "\"}");
      }
    };
  }

  /**
   * An edit that adds a China policy step applying in the month it takes effect (a step applies
   * only in its own month; its values hold until a later step changes them).
   *
   * @param label what it does
   * @param fields the step's other fields as YAML flow-map entries, e.g. {@code complianceShare:
   *     0.90}
   */
  static LeverEdit step(String label, String fields) {
    return new LeverEdit() {
      @Override
      public String label() {
        return label;
      }

      @Override
      public List<String> sets(String month, String ruleId) {
        String id = ruleId.replace("gui-lever-", "gui-guidance-");
        return List.of(
            "chinaPolicy."
                + id
                + "={from: "
                + month
                + ", "
                + fields
                + ", source: \"GUI lever: "
                + label
                + "\"}");
      }
    };
  }

  /** An edit that sets config keys to values. */
  static LeverEdit keys(String label, List<String> sets) {
    return new LeverEdit() {
      @Override
      public String label() {
        return label;
      }

      @Override
      public List<String> sets(String month, String ruleId) {
        return sets;
      }
    };
  }
}
