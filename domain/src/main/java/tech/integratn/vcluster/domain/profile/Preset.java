package tech.integratn.vcluster.domain.profile;

/**
 * The sizing of one preset: what a request gets for every field it leaves out.
 *
 * @param replicas control-plane replicas
 * @param cpuRequest CPU request quantity
 * @param memoryRequest memory request quantity
 * @param cpuLimit CPU limit quantity
 * @param memoryLimit memory limit quantity
 * @param persistenceEnabled whether the control plane gets a volume claim
 * @param persistenceSize the volume claim size
 * @param corednsReplicas CoreDNS replicas
 */
public record Preset(
    int replicas,
    String cpuRequest,
    String memoryRequest,
    String cpuLimit,
    String memoryLimit,
    boolean persistenceEnabled,
    String persistenceSize,
    int corednsReplicas) {}
