package tech.integratn.vcluster.domain.argocdapplication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.integratn.vcluster.domain.contract.Problems;

/** Spec 10.2 A for the application sub-promise: its destination namespace may not be reserved. */
class ReservedDestinationNamespaceTest {

  @Test
  void aReservedDestinationNamespaceIsRefusedAndAnyOtherAccepted() {
    assertThat(Problems.renderAll(AppDocs.reject(
            AppDocs.with(AppDocs.minimal(), "spec.destination.namespace", "kube-system")).problems()))
        .isEqualTo("spec.destination.namespace: kube-system is reserved by the platform (tenancy.reservedNamespaces)");
    assertThat(AppDocs.render(AppDocs.minimal()).files()).isNotEmpty();
  }
}
