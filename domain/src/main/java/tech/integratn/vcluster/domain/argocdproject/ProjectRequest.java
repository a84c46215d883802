package tech.integratn.vcluster.domain.argocdproject;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.tree.StringMap;

/** The checked {@code spec} of an argocd-project request, as its author wrote it (absent means default). */
@Value.Immutable
@DomainStyle
public interface ProjectRequest {

  /** The project's name. */
  String name();

  /** The AppProject's namespace; absent: the profile's Argo CD namespace. */
  @Value.Default
  default Option<String> namespace() {
    return Option.none();
  }

  @Value.Default
  default Option<String> description() {
    return Option.none();
  }

  @Value.Default
  default StringMap annotations() {
    return StringMap.empty();
  }

  @Value.Default
  default StringMap labels() {
    return StringMap.empty();
  }

  Seq<String> sourceRepos();

  Seq<ProjectDestination> destinations();

  /** Empty when absent (the AppProject then has none). */
  @Value.Default
  default Seq<ProjectResource> clusterResourceWhitelist() {
    return Vector.empty();
  }

  /** Empty when absent (the AppProject then has none). */
  @Value.Default
  default Seq<ProjectResource> namespaceResourceWhitelist() {
    return Vector.empty();
  }

  static ImmutableProjectRequest.Builder builder() {
    return ImmutableProjectRequest.builder();
  }
}
