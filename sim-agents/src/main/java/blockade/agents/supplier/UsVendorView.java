package blockade.agents.supplier;

/** What the US regulator reads of a US vendor: China revenue lost to the rules. */
public interface UsVendorView {
  /** Best trailing-year China revenue minus the current one, USD billions a year. */
  double lostChinaRevenueUsdBnAnnual();
}
