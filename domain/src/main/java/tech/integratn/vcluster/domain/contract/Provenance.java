package tech.integratn.vcluster.domain.contract;

import tech.integratn.vcluster.domain.profile.PresetName;

/**
 * Where a chart value came from (spec 12.3): one step of its provenance chain. Rendered to text
 * only by {@link ExplainTexts}.
 */
public sealed interface Provenance {

  /** A request field, named by its request field path ({@code spec.vcluster.replicas}). */
  record Request(String field) implements Provenance {}

  /** The sizing preset of the request (section 1, "Presets"). */
  record Preset(PresetName preset) implements Provenance {}

  /** A key of the platform profile (section 6), dotted ({@code networkPolicies.syncToHost}). */
  record Profile(String key) implements Provenance {}

  /** Computed from other values by a rule of the contract ({@code section 3: VIP = network + vipOffset}). */
  record Derived(String rule) implements Provenance {}

  /** A value the contract fixes, the same for every request ({@code section 5}). */
  record Contract(String section) implements Provenance {}

  /** The request's {@code spec.vcluster.helmOverrides}, merged over the whole tree last. */
  record HelmOverrides() implements Provenance {}

  /** The fixed values of section 5. */
  Provenance SECTION_5 = new Contract("section 5");

  /** {@code helmOverrides}: one value, there is nothing to tell apart. */
  Provenance HELM_OVERRIDES = new HelmOverrides();
}
