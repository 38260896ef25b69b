package blockade.core.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inclusive upper bound of a numeric config key (for lists of numbers: of each element). A bound
 * that is a sanity limit rather than a modelling rule says {@link #why} in the error message.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.METHOD
})
public @interface Max {
  double value();

  /** Why the bound exists, shown after it in the error message; empty for none. */
  String why() default "";
}
