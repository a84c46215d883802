package tech.integratn.vcluster.domain.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tech.integratn.vcluster.domain.names.KubernetesNames;
import tech.integratn.vcluster.domain.profile.ImmutablePlatformProfile;
import tech.integratn.vcluster.domain.profile.IntegratnProfile;
import tech.integratn.vcluster.domain.tree.MapNode;
import tech.integratn.vcluster.domain.tree.Node;

/** Spec 10.3 in the domain: the selector from validated values only, every listed volume re-checked, one redaction. */
class CleanupChecksTest {

  static final String LABEL = VClusterMarker.LABEL;
  final HostCleanupPlan plan = HostCleanupPlan.of(IntegratnProfile.PROFILE, "media", "vc-media").get();

  static MapNode request(Node name, Node targetNamespace) {
    MapNode spec = MapNode.of("name", name);
    if (targetNamespace != null) {
      spec = spec.with("targetNamespace", targetNamespace);
    }
    return MapNode.of("metadata", MapNode.of("name", Node.text("media")).with("namespace", "platform-requests"))
        .with("spec", spec);
  }

  @Test
  void aValidRequestGivesTheMarkerOfItsSpecNameAndTargetNamespace() {
    assertThat(HostCleanupPlan.forRequest(IntegratnProfile.PROFILE, request(Node.text("media"), Node.text("vc-media")))
        .get().selector()).isEqualTo(LABEL + "=vc-media-x-media");
    assertThat(HostCleanupPlan.forRequest(IntegratnProfile.PROFILE, request(Node.text("media"), null)).get().selector())
        .isEqualTo(LABEL + "=platform-requests-x-media");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "media|../x|spec.targetNamespace \"../x\" must be a DNS-1123 label",
      "media|Bad_NS|spec.targetNamespace \"Bad_NS\" must be a DNS-1123 label",
      "media|vc,!x|spec.targetNamespace \"vc,!x\" must be a DNS-1123 label",
      "media,!nonexistent|vc-media|spec.name \"media,!nonexistent\" must be a DNS-1123 label",
      "Media|vc-media|spec.name \"Media\" must be a DNS-1123 label",
      "'-media'|vc-media|spec.name \"-media\" must be a DNS-1123 label"})
  void anInvalidNameOrTargetNamespaceGivesNoPlanAndSaysWhy(String name, String namespace, String why) {
    Either<NoCleanupPlan, HostCleanupPlan> plan =
        HostCleanupPlan.forRequest(IntegratnProfile.PROFILE, request(Node.text(name), Node.text(namespace)));
    assertThat(CleanupTexts.render(plan.getLeft())).startsWith(why);
  }

  @Test
  void metadataNameNeverStandsInForAnAbsentSpecName() {
    MapNode doc = MapNode.of("metadata", MapNode.of("name", Node.text("media")).with("namespace", "vc-media"))
        .with("spec", MapNode.of("targetNamespace", Node.text("vc-media")));
    assertThat(CleanupTexts.render(HostCleanupPlan.forRequest(IntegratnProfile.PROFILE, doc).getLeft()))
        .isEqualTo("spec.name is absent (metadata.name is never used in a selector)");
    assertThat(HostCleanupPlan.forRequest(IntegratnProfile.PROFILE, request(MapNode.of("a", Node.text("b")),
        Node.text("vc-media"))).getLeft()).isEqualTo(new NoCleanupPlan.NameAbsent());
    assertThat(HostCleanupPlan.forRequest(ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
        .withDeleteCleanupEnabled(false), request(Node.text("media"), Node.text("vc-media")))).isEmpty();
  }

  @Test
  void aTargetNamespaceThatIsNotATextOrATurnedOffCleanUpOrAnotherPromiseGivesNoPlanAndSaysWhy() {
    MapNode listNamespace = request(Node.text("media"), MapNode.of("a", Node.text("b")));
    assertThat(HostCleanupPlan.forRequest(IntegratnProfile.PROFILE, listNamespace).getLeft())
        .isEqualTo(new NoCleanupPlan.TargetNamespaceNotText("spec.targetNamespace"));
    assertThat(CleanupTexts.render(new NoCleanupPlan.TargetNamespaceNotText("metadata.namespace")))
        .isEqualTo("metadata.namespace is not a text");
    assertThat(CleanupTexts.render(HostCleanupPlan.forRequest(ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
        .withDeleteCleanupEnabled(false), request(Node.text("media"), Node.text("vc-media"))).getLeft()))
        .isEqualTo("the profile turns it off (deleteCleanup.enabled: false)");
    assertThat(CleanupTexts.render(new NoCleanupPlan.NotThisPromise("argocd-project")))
        .isEqualTo("promise argocd-project has no host clean-up");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../namespaces/x", "pv?x=y", "pv#frag", "pv%2F", "a b", "pv/x", "..", "PVC-1", "", "pv\nx"})
  void aListedNameThatIsNotADnsSubdomainIsKept(String name) {
    LeftoverVolume volume = LeftoverVolume.unclaimed(name, "Released").withLabels(LABEL, "vc-media-x-media");
    assertThat(plan.decide(volume)).isEqualTo(new VolumeVerdict.KeepInvalidName(volume));
    assertThat(CleanupTexts.kept(plan.decide(volume))).endsWith(": name is not a valid DNS-1123 subdomain")
        .doesNotContain("\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "vc-media-x-media2", "VC-MEDIA-X-MEDIA", " vc-media-x-media", "media-x-vc-media"})
  void aListedVolumeWhoseMarkerIsNotExactlyOursIsKept(String marker) {
    LeftoverVolume volume = LeftoverVolume.claimedFrom("pvc-1", "vc-media", "Bound").withLabels(LABEL, marker);
    assertThat(plan.decide(volume)).isEqualTo(new VolumeVerdict.KeepLabelMismatch(volume));
    assertThat(CleanupTexts.kept(plan.decide(volume))).isEqualTo("kept PersistentVolume pvc-1: label does not match");
    LeftoverVolume unlabelled = LeftoverVolume.claimedFrom("pvc-2", "vc-media", "Bound");
    assertThat(plan.decide(unlabelled)).isEqualTo(new VolumeVerdict.KeepLabelMismatch(unlabelled));
  }

  @Test
  void onlyAVolumeThatPassesEveryCheckIsDeleted() {
    LeftoverVolume mine = LeftoverVolume.claimedFrom("pvc-1.data", "vc-media", "Bound").withLabels(LABEL, "vc-media-x-media");
    assertThat(plan.decide(mine)).isEqualTo(new VolumeVerdict.Delete(mine));
  }

  @Test
  void theProfilesSelectorIsCheckedTermByTerm() {
    HostCleanupPlan custom = HostCleanupPlan.of(ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
        .withDeleteCleanupPersistentVolumeSelector(Option.some("acme/owner={targetNamespace}.{name},tier!=gold,acme/keep,!frozen")),
        "media", "vc-media").get();
    assertThat(custom.checkable()).isTrue();
    LeftoverVolume ok = LeftoverVolume.unclaimed("pvc-1", "").withLabels("acme/owner", "vc-media.media", "acme/keep", "");
    assertThat(custom.decide(ok)).isInstanceOf(VolumeVerdict.Delete.class);
    assertThat(custom.decide(ok.withLabels("acme/owner", "vc-media.media", "acme/keep", "", "tier", "gold")))
        .isInstanceOf(VolumeVerdict.KeepLabelMismatch.class);
    assertThat(custom.decide(ok.withLabels("acme/owner", "vc-media.media"))).isInstanceOf(VolumeVerdict.KeepLabelMismatch.class);
    assertThat(custom.decide(ok.withLabels("acme/owner", "vc-media.media", "acme/keep", "", "frozen", "yes")))
        .isInstanceOf(VolumeVerdict.KeepLabelMismatch.class);
    assertThat(custom.decide(ok.withLabels("acme/owner", "other", "acme/keep", ""))).isInstanceOf(VolumeVerdict.KeepLabelMismatch.class);
    HostCleanupPlan setBased = HostCleanupPlan.of(ImmutablePlatformProfile.copyOf(IntegratnProfile.PROFILE)
        .withDeleteCleanupPersistentVolumeSelector(Option.some("acme/owner in ({name})")), "media", "vc-media").get();
    assertThat(setBased.checkable()).isFalse();
    assertThat(setBased.decide(ok.withLabels("acme/owner", "media"))).isInstanceOf(VolumeVerdict.KeepLabelMismatch.class);
  }

  @ParameterizedTest
  @CsvSource({"vc, web-x-media, 2", "vc-x-web, media, 2", "team, x-db, 2", "team-x, db, 2", "a-x, x-b, 3",
      "vc-media, media, 1", "x, x, 1", "vc-x, x, 2", "ax-, b, 1"})
  void overlappingOccurrencesOfTheSeparatorAreCounted(String namespace, String name, int count) {
    assertThat(VClusterMarker.separators(namespace, name)).isEqualTo(count);
    assertThat(VClusterMarker.isAmbiguous(namespace, name)).isEqualTo(count > 1);
  }

  @Test
  void withAnAmbiguousMarkerUnclaimedVolumesStayAndClaimedOnesFollowTheClaimRule() {
    HostCleanupPlan shared = HostCleanupPlan.of(IntegratnProfile.PROFILE, "web-x-media", "vc").get();
    assertThat(shared.ambiguous()).isTrue();
    String marker = "vc-x-web-x-media";
    LeftoverVolume unclaimed = LeftoverVolume.unclaimed("pvc-1", "Released").withLabels(LABEL, marker);
    LeftoverVolume mine = LeftoverVolume.claimedFrom("pvc-2", "vc", "Bound").withLabels(LABEL, marker);
    LeftoverVolume theirs = LeftoverVolume.claimedFrom("pvc-3", "vc-x-web", "Bound").withLabels(LABEL, marker);
    assertThat(shared.decide(unclaimed)).isEqualTo(new VolumeVerdict.KeepAmbiguous(unclaimed, marker));
    assertThat(shared.decide(mine)).isEqualTo(new VolumeVerdict.Delete(mine));
    assertThat(shared.decide(theirs)).isEqualTo(new VolumeVerdict.KeepClaimedElsewhere(theirs, "vc-x-web"));
    assertThat(CleanupTexts.kept(shared.decide(unclaimed)))
        .isEqualTo("kept PersistentVolume pvc-1: unclaimed, and the marker vc-x-web-x-media is ambiguous");
  }

  /**
   * Property: whenever two different (namespace, name) pairs of DNS labels join to the same
   * {@code <ns>-x-<name>}, the marker of each is flagged ambiguous; a marker that is not flagged
   * has exactly one such pair. Texts over {@code a}, {@code x} and {@code -} make collisions common.
   */
  @Test
  void everyMarkerTwoVclustersCanShareIsFlagged() {
    qt().withFixedSeed(20261207L).withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      StringBuilder joined = new StringBuilder();
      int length = 3 + random.nextInt(14);
      for (int i = 0; i < length; i++) {
        joined.append("ax-".charAt(random.nextInt(3)));
      }
      String text = joined.toString();
      java.util.List<String[]> pairs = new ArrayList<>();
      for (int i = text.indexOf("-x-"); i >= 0; i = text.indexOf("-x-", i + 1)) {
        String namespace = text.substring(0, i);
        String name = text.substring(i + 3);
        if (KubernetesNames.isDnsLabel(namespace) && KubernetesNames.isDnsLabel(name)) {
          pairs.add(new String[] {namespace, name});
        }
      }
      for (String[] pair : pairs) {
        assertThat(VClusterMarker.of(pair[0], pair[1])).isEqualTo(text);
        if (pairs.size() > 1) {
          assertThat(VClusterMarker.isAmbiguous(pair[0], pair[1])).as(text).isTrue();
        }
        if (!VClusterMarker.isAmbiguous(pair[0], pair[1])) {
          assertThat(pairs).as(text).hasSize(1);
        }
      }
    });
  }

  @Test
  void theRedactionRemovesTheTokenInAnyCaseAndEveryAuthorizationValue() {
    Redaction redaction = new Redaction(List.of("Tok-123", "", "t"));
    assertThat(redaction.apply("got tok-123 and TOK-123 and Tok-123")).isEqualTo("got [redacted] and [redacted] and [redacted]");
    assertThat(redaction.apply("{\"Authorization\": \"Basic dXNlcg==\", \"x\": 1}"))
        .isEqualTo("{\"Authorization\": \"[redacted]\", \"x\": 1}");
    assertThat(redaction.apply("AUTHORIZATION=Bearer abc def\nnext")).isEqualTo("AUTHORIZATION=[redacted]\nnext");
    assertThat(redaction.apply("sent bearer eyJhbGci.x.y, then")).isEqualTo("sent bearer [redacted], then");
    assertThat(redaction.apply("you sent Bearer Tok-123.")).isEqualTo("you sent Bearer [redacted].");
    assertThat(redaction.apply("a short token is not searched: it would blank out every t"))
        .isEqualTo("a short token is not searched: it would blank out every t");
    assertThat(Redaction.none().apply("forbidden: cannot list persistentvolumes"))
        .isEqualTo("forbidden: cannot list persistentvolumes");
  }

  @Test
  void namesTheServerAnsweredAreQuotedSoTheyCannotForgeALine() {
    assertThat(CleanupTexts.quote("pv\nwarning: deleted PersistentVolume x\"")).isEqualTo(
        "\"pv\\nwarning: deleted PersistentVolume x\\\"\"");
    assertThat(CleanupTexts.quote("p".repeat(200))).hasSize(123).endsWith("…\"");
  }
}
