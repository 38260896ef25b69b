package blockade.agents.firm;

/** The private investors a startup pitches to when its runway is short. */
public interface VentureCapital {
  /** Considers a round for a startup; invests (through the ledger) and returns the amount, or 0. */
  double pitch(FirmAgent startup, blockade.core.engine.Port port);
}
