package tech.integratn.vcluster.domain.orchestrator;

import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;

/** {@code spec.exposure}: how the virtual cluster's API is reached. */
@Value.Immutable
@DomainStyle
public interface ExposureSettings {

  @Value.Default
  default Option<String> hostname() {
    return Option.none();
  }

  @Value.Default
  default Option<String> subnet() {
    return Option.none();
  }

  @Value.Default
  default Option<String> vip() {
    return Option.none();
  }

  @Value.Default
  default Option<Long> vipOffset() {
    return Option.none();
  }

  @Value.Default
  default Option<Integer> apiPort() {
    return Option.none();
  }

  static ImmutableExposureSettings.Builder builder() {
    return ImmutableExposureSettings.builder();
  }
}
