package blockade.core.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Default for a config key that may be left out, written as it would be in YAML ("3", "true",
 * "pro-rata", "2030-12", "[]", "{}"). A key with neither {@code @Default} nor {@link Optional} is
 * required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.METHOD
})
public @interface Default {
  String value();
}
