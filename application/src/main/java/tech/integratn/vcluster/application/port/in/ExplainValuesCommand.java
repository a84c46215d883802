package tech.integratn.vcluster.application.port.in;

import io.vavr.control.Option;
import tech.integratn.vcluster.domain.profile.PlatformProfile;

/**
 * What {@link ExplainValuesUseCase} explains.
 *
 * @param profile the platform profile the request is planned against
 * @param path {@code --path}: the value, or the map of values, to explain; none for every value
 */
public record ExplainValuesCommand(PlatformProfile profile, Option<String> path) {}
