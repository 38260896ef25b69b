package blockade.agents.fund;

import blockade.agents.firm.FirmAgent;
import java.util.List;

/**
 * A fund's startup strategy object (DESIGN §2.4): given the startups alive and this month's equity
 * money, it decides who gets what and in which form, through the fund's {@link Actions}. Chosen by
 * name ({@code proven}, {@code spread}, {@code directive}) in the scenario file.
 */
public interface StartupSelection extends java.io.Serializable {
  /** What a strategy may do with a startup. */
  interface Actions {
    /** Cash for equity. */
    void invest(FirmAgent startup, double usdM);

    /** A quota of domestic chips bought by the fund for the startup, whatever its stack. */
    void grantDomesticChips(FirmAgent startup, double usdM);
  }

  void disburse(List<FirmAgent> startups, double usdM, Actions actions);

  /** The strategy object for a config value. */
  static StartupSelection of(FundStrategy s, int provenTopN) {
    return switch (s) {
      case PROVEN -> new Proven(provenTopN);
      case SPREAD -> new Spread();
      case DIRECTIVE -> new Directive();
    };
  }

  /** Back the leaders: the top N startups by capability share the money equally. */
  record Proven(int topN) implements StartupSelection {
    @Override
    public void disburse(List<FirmAgent> startups, double usdM, Actions actions) {
      List<FirmAgent> ranked = new java.util.ArrayList<>(startups);
      ranked.sort(
          (a, b) -> {
            double ca = Double.isNaN(a.capability()) ? -1 : a.capability();
            double cb = Double.isNaN(b.capability()) ? -1 : b.capability();
            int c = Double.compare(cb, ca);
            return c != 0 ? c : a.id().compareTo(b.id());
          });
      List<FirmAgent> top = ranked.subList(0, Math.min(topN, ranked.size()));
      for (FirmAgent f : top) {
        actions.invest(f, usdM / top.size());
      }
    }
  }

  /** Spread the money equally over every startup, as cash. */
  record Spread() implements StartupSelection {
    @Override
    public void disburse(List<FirmAgent> startups, double usdM, Actions actions) {
      for (FirmAgent f : startups) {
        actions.invest(f, usdM / startups.size());
      }
    }
  }

  /** Rigid quotas: equal shares for every startup, delivered as domestic chips. */
  record Directive() implements StartupSelection {
    @Override
    public void disburse(List<FirmAgent> startups, double usdM, Actions actions) {
      for (FirmAgent f : startups) {
        actions.grantDomesticChips(f, usdM / startups.size());
      }
    }
  }
}
