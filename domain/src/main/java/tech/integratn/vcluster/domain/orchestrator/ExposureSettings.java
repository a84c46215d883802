package tech.integratn.vcluster.domain.orchestrator;

import java.util.Optional;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;

/** {@code spec.exposure}: how the virtual cluster's API is reached. */
@Value.Immutable
@DomainStyle
public interface ExposureSettings {

  Optional<String> hostname();

  Optional<String> subnet();

  Optional<String> vip();

  Optional<Long> vipOffset();

  Optional<Integer> apiPort();

  static ImmutableExposureSettings.Builder builder() {
    return ImmutableExposureSettings.builder();
  }
}
