package tech.integratn.vcluster.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples of {@code validate --input DIR} and {@code diff} (spec 12.1, 12.2) are real
 * output: each block between {@code <!-- cli-example:NAME -->} and {@code <!-- /cli-example:NAME -->}
 * is the command and what this build prints for it, run here on a small repository and a changed
 * earlier output in a scratch directory; rewrite them with
 * {@code mvn -B -pl bootstrap -am test -Dtest=ReadmeCliExamplesTest -Dsurefire.failIfNoSpecifiedTests=false -Dreadme.write=true}.
 */
class ReadmeCliExamplesTest {

  @TempDir Path temp;

  static final String JAR = "java -jar bootstrap/target/vcluster-orchestrator.jar";

  static String vcluster(String name, String spec) {
    return "apiVersion: platform.integratn.tech/v1alpha1\nkind: VClusterOrchestratorV2\nmetadata:\n  name: " + name
        + "\n  namespace: platform-requests\nspec:\n  name: " + name + "\n" + spec;
  }

  /** The command and its output (standard output, then standard error), as a terminal shows them. */
  String example(String... args) {
    Trees.Run run = Trees.cliIn(temp, temp.resolve("home"), args);
    java.util.List<String> quoted = new java.util.ArrayList<>();
    for (String a : args) {
      // as a shell needs it: single quotes around an argument with brackets, quotes or blanks
      quoted.add(a.matches("[A-Za-z0-9_./=:@-]*") ? a : "'" + a + "'");
    }
    return "$ " + JAR + " " + String.join(" ", quoted) + "\n" + run.out() + run.err() + "$ echo $?\n" + run.code() + "\n";
  }

  Map<String, String> examples() throws IOException {
    Path repo = temp.resolve("platform");
    write(repo.resolve("vclusters/media.yaml"), vcluster("media",
        "  targetNamespace: vcluster-media\n  exposure:\n    subnet: 10.0.4.0/24\n"));
    write(repo.resolve("vclusters/payments.yaml"), vcluster("payments",
        "  targetNamespace: vcluster-payments\n  exposure:\n    hostname: media.integratn.tech\n    vip: 10.0.4.200\n"));
    write(repo.resolve("vclusters/broken.yaml"), vcluster("search", "  targetNamespace: vcluster-search\n"
        + "  vcluster:\n    preset: large\n"));
    write(repo.resolve("kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
        + "resources:\n  - vclusters\n");
    Path examples = Trees.repositoryRoot().resolve("examples/prod-subnet");
    write(temp.resolve("payments.yaml"), Files.readString(examples.resolve("request.yaml")));
    for (String previous : new String[] {"previous", "previous-value"}) {
      for (Map.Entry<String, String> file : Trees.read(examples.resolve("expected/output")).entrySet()) {
        write(temp.resolve(previous).resolve(file.getKey()), file.getValue());
      }
      Path application = temp.resolve(previous).resolve("resources/argocd-application-request.yaml");
      String text = Files.readString(application);
      assertThat(text).contains("                memory: 2Gi\n");
      write(application, text.replace("                memory: 2Gi\n", "                memory: 3Gi\n"));
    }
    Files.delete(temp.resolve("previous/resources/coredns-configmap.yaml"));
    Map<String, String> out = new TreeMap<>();
    out.put("validate-dir", example("validate", "--input", "platform"));
    out.put("diff", example("diff", "--input", "payments.yaml", "--against", "previous"));
    String payments = Files.readString(examples.resolve("request.yaml"));
    assertThat(payments).contains("    isolationMode: strict\n");
    write(temp.resolve("payments-3gi.yaml"), payments.replace("    isolationMode: strict\n", "    isolationMode: strict\n"
        + "    helmOverrides:\n      controlPlane:\n        statefulSet:\n          resources:\n            limits:\n"
        + "              memory: 3Gi\n"));
    for (Map.Entry<String, String> file : Trees.read(examples.resolve("expected/output")).entrySet()) {
      write(temp.resolve("shipped").resolve(file.getKey()), file.getValue());
    }
    out.put("diff-why", example("diff", "--why", "--input", "payments-3gi.yaml", "--against", "shipped"));
    out.put("explain-path", example("explain", "--input", "payments-3gi.yaml", "--path",
        "controlPlane.statefulSet.resources"));
    out.put("explain-bracket", example("explain", "-q", "--input", "payments.yaml", "--path",
        "controlPlane.service.annotations[\"metallb.universe.tf/loadBalancerIPs\"]"));
    out.put("diff-json", example("diff", "-q", "--input", "payments.yaml", "--against", "previous-value",
        "--output-format", "json"));
    return out;
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void theReadmeExamplesAreWhatTheCliPrints() throws IOException {
    Path readme = Trees.repositoryRoot().resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> e : examples().entrySet()) {
      String open = "<!-- cli-example:" + e.getKey() + " -->\n```\n";
      String close = "```\n<!-- /cli-example:" + e.getKey() + " -->";
      int start = text.indexOf(open);
      int end = text.indexOf(close);
      assertThat(start).as("README.md has the example " + e.getKey()).isNotNegative();
      assertThat(end).as("README.md closes the example " + e.getKey()).isGreaterThan(start);
      if (Boolean.getBoolean("readme.write")) {
        text = text.substring(0, start + open.length()) + e.getValue() + text.substring(end);
        Files.writeString(readme, text, StandardCharsets.UTF_8);
        end = text.indexOf(close);
      }
      assertThat(text.substring(start + open.length(), end))
          .as("the README's example %s drifted from the CLI; rewrite with mvn -B -pl bootstrap -am test "
              + "-Dtest=ReadmeCliExamplesTest -Dsurefire.failIfNoSpecifiedTests=false -Dreadme.write=true", e.getKey())
          .isEqualTo(e.getValue());
    }
  }
}
