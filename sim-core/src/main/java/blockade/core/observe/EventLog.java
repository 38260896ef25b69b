package blockade.core.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The run's event feed. Agents publish; listeners (CSV writer, GUI, Monte Carlo) subscribe. Kept in
 * memory for the run result (a run has a few thousand events at most).
 */
public final class EventLog implements java.io.Serializable {
  private final List<SimEvent> events = new ArrayList<>();
  private final List<Consumer<SimEvent>> listeners = new ArrayList<>();

  public void publish(SimEvent e) {
    if (e.detail().indexOf('\n') >= 0) {
      throw new IllegalArgumentException("event detail must be one line");
    }
    events.add(e);
    for (Consumer<SimEvent> l : listeners) {
      l.accept(e);
    }
  }

  public void subscribe(Consumer<SimEvent> listener) {
    listeners.add(listener);
  }

  public List<SimEvent> all() {
    return Collections.unmodifiableList(events);
  }
}
