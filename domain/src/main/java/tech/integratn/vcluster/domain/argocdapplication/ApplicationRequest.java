package tech.integratn.vcluster.domain.argocdapplication;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.immutables.value.Value;
import tech.integratn.vcluster.domain.DomainStyle;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.StringMap;

/** A valid {@code ArgoCDApplication} request's {@code spec}, defaults applied (spec 9.5). */
@Value.Immutable
@DomainStyle
public interface ApplicationRequest {

  /** {@code spec.name}: the Application's name. */
  String name();

  /** {@code spec.namespace}, else the profile's Argo CD namespace. */
  String namespace();

  /** {@code spec.annotations}, in order; empty when not given. */
  StringMap annotations();

  /** {@code spec.labels}, in order; empty when not given. */
  StringMap labels();

  /** {@code spec.finalizers}; empty when not given. */
  Seq<String> finalizers();

  String project();

  ApplicationSource source();

  ApplicationDestination destination();

  /** {@code spec.syncPolicy}, as written. */
  Option<MapNode> syncPolicy();

  static ImmutableApplicationRequest.Builder builder() {
    return ImmutableApplicationRequest.builder();
  }
}
