package tech.integratn.vcluster.domain.clusterregistration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.Problems;

/** Spec 10.2 A for the registration sub-promise: its target namespace may not be reserved. */
class ReservedTargetNamespaceTest {

  @Test
  void aReservedTargetNamespaceIsRefusedAndAnyOtherAccepted() {
    assertThat(Problems.renderAll(Registrations.configure(
            Registrations.with(Registrations.minimal(), "targetNamespace", "external-secrets"), Registrations.PROFILE)
        .getLeft().problems()))
        .isEqualTo("spec.targetNamespace: external-secrets is reserved by the platform (tenancy.reservedNamespaces)");
    assertThat(Registrations.configure(Registrations.minimal(), Registrations.PROFILE).isRight()).isTrue();
  }
}
