package tech.integratn.vcluster.domain.cleanup;

import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.PlatformProfile;
import tech.integratn.vcluster.domain.tree.Node;
import tech.integratn.vcluster.domain.tree.Paths;

/**
 * Which PersistentVolumes a delete run removes from the host (spec 7.1, 10.3): those the label
 * selector finds, once the client has checked each itself: its name is a DNS-1123 subdomain, its
 * labels satisfy the selector, its claim is absent or comes from the target namespace, and an
 * unclaimed one only when the marker cannot belong to another vcluster.
 *
 * @param name the vcluster's name ({@code spec.name}, a DNS label)
 * @param targetNamespace the host namespace the vcluster ran in (a DNS label)
 * @param selector the label selector the volumes are listed with, and checked against
 * @param marker the vcluster marker, when the selector is the default {@code vcluster.loft.sh/managed-by=<marker>}
 */
public record HostCleanupPlan(String name, String targetNamespace, String selector, Option<String> marker) {

  /**
   * The plan for the vcluster {@code name} in {@code targetNamespace}: the profile's
   * {@code deleteCleanup.persistentVolumeSelector} with {@code {name}} and {@code {targetNamespace}}
   * filled in, or {@code vcluster.loft.sh/managed-by=<marker>}. None when the profile turns the
   * clean-up off. Both values must have passed their rules: {@link #forRequest} checks them.
   */
  public static Option<HostCleanupPlan> of(PlatformProfile profile, String name, String targetNamespace) {
    if (!profile.deleteCleanupEnabled()) {
      return Option.none();
    }
    Option<String> custom = profile.deleteCleanupPersistentVolumeSelector();
    // a blank selector would select every volume; the profile decoder refuses one, and so does this
    if (custom.isDefined() && !custom.get().isBlank()) {
      return Option.some(new HostCleanupPlan(name, targetNamespace,
          custom.get().replace("{name}", name).replace("{targetNamespace}", targetNamespace), Option.none()));
    }
    String marker = VClusterMarker.of(targetNamespace, name);
    return Option.some(new HostCleanupPlan(name, targetNamespace, VClusterMarker.LABEL + "=" + marker, Option.some(marker)));
  }

  /**
   * The plan for a request document, or why there is none (spec 10.3): the selector is built only
   * from {@code spec.name} and the target namespace ({@code spec.targetNamespace}, else the
   * request's own namespace, as configure defaults it) after both passed their rule (DNS labels).
   * {@code metadata.name} is never used. Left when the profile turns the clean-up off, too; the
   * reason is rendered by {@link CleanupTexts#render(NoCleanupPlan)}.
   */
  public static Either<NoCleanupPlan, HostCleanupPlan> forRequest(PlatformProfile profile, Node document) {
    Option<Node> name = Paths.at(document, "spec", "name");
    if (name.isEmpty() || !(name.get() instanceof Node.Text nameText)) {
      return Either.left(new NoCleanupPlan.NameAbsent());
    }
    if (!KubernetesNames.isDnsLabel(nameText.value())) {
      return Either.left(new NoCleanupPlan.NameInvalid(nameText.value()));
    }
    String field = "spec.targetNamespace";
    Option<Node> target = Paths.at(document, "spec", "targetNamespace");
    if (target.isEmpty()) {
      field = "metadata.namespace";
      target = Paths.at(document, "metadata", "namespace");
    }
    if (target.isEmpty()) {
      return Either.left(new NoCleanupPlan.TargetNamespaceAbsent());
    }
    if (!(target.get() instanceof Node.Text targetText)) {
      return Either.left(new NoCleanupPlan.TargetNamespaceNotText(field));
    }
    if (!KubernetesNames.isDnsLabel(targetText.value())) {
      return Either.left(new NoCleanupPlan.TargetNamespaceInvalid(field, targetText.value()));
    }
    Option<HostCleanupPlan> plan = of(profile, nameText.value(), targetText.value());
    if (plan.isEmpty()) {
      return Either.left(new NoCleanupPlan.TurnedOff());
    }
    return Either.right(plan.get());
  }

  /** Whether unclaimed volumes must stay because another vcluster can carry the same marker. */
  public boolean ambiguous() {
    return marker.isDefined() && VClusterMarker.isAmbiguous(targetNamespace, name);
  }

  /** Whether every term of the selector can be checked on the client ({@code k=v}, {@code k==v}, {@code k!=v}, {@code k}, {@code !k}). */
  public boolean checkable() {
    return LabelSelectors.checkable(selector);
  }

  /** What happens to {@code volume}, one the API server listed for the selector. */
  public VolumeVerdict decide(LeftoverVolume volume) {
    if (!KubernetesNames.isDnsSubdomain(volume.name())) {
      return new VolumeVerdict.KeepInvalidName(volume);
    }
    if (!matches(volume.labels())) {
      return new VolumeVerdict.KeepLabelMismatch(volume);
    }
    Option<String> claim = volume.claimNamespace();
    if (claim.isDefined() && !claim.get().equals(targetNamespace)) {
      return new VolumeVerdict.KeepClaimedElsewhere(volume, claim.get());
    }
    if (claim.isEmpty() && ambiguous()) {
      return new VolumeVerdict.KeepAmbiguous(volume, marker.get());
    }
    return new VolumeVerdict.Delete(volume);
  }

  /** Whether {@code labels} satisfy the selector; with the default one, the marker label equals the marker exactly. */
  public boolean matches(Map<String, String> labels) {
    if (marker.isDefined()) {
      Option<String> value = labels.get(VClusterMarker.LABEL);
      return value.isDefined() && value.get().equals(marker.get());
    }
    return LabelSelectors.matches(selector, labels);
  }
}
