package blockade.gui;

import java.util.List;

/**
 * A lever edit that took effect: the month it took effect from and the {@code --set} overrides that
 * replay it headless ({@code run --checkpoint-at MONTH}, then {@code run --from CHECKPOINT --set
 * ...}).
 *
 * @param tick month index it took effect from
 * @param month that month, YYYY-MM
 * @param label what it does
 * @param sets the overrides
 */
public record LeverChange(int tick, String month, String label, List<String> sets) {}
