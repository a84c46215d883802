package tech.integratn.vcluster.adapters.fs.typed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.integratn.vcluster.adapters.fs.yaml.YamlTreeWriter;
import tech.integratn.vcluster.domain.contract.OutputFile;
import tech.integratn.vcluster.domain.resource.KubernetesObject;

/**
 * fabric8's kubernetes-model is the typed check of what we render: every core-kind document of
 * every example and corpus rendering is read back into its fabric8 type with scalar coercion off,
 * and fails on an unknown field (fabric8 parks those in {@code additionalProperties}, which must
 * stay empty everywhere in the object graph) or a mistyped one.
 */
class Fabric8TypedCheckTest {

  static final Map<String, Class<?>> TYPES = Map.of(
      "v1/Namespace", Namespace.class,
      "v1/ConfigMap", ConfigMap.class,
      "v1/ServiceAccount", ServiceAccount.class,
      "rbac.authorization.k8s.io/v1/Role", Role.class,
      "rbac.authorization.k8s.io/v1/RoleBinding", RoleBinding.class,
      "batch/v1/Job", Job.class,
      "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

  static final ObjectMapper MAPPER = JsonMapper.builder(new YAMLFactory())
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  static Stream<Path> requests() {
    return RenderedRequests.requests().toJavaStream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void everyCoreKindReadsBackIntoItsFabric8Type(Path request) throws Exception {
    YamlTreeWriter writer = new YamlTreeWriter();
    int checked = 0;
    for (OutputFile file : RenderedRequests.render(request).files()) {
      for (KubernetesObject o : file.objects()) {
        Class<?> type = TYPES.get(o.apiVersion() + "/" + o.kind());
        if (type == null) {
          assertThat(o.apiVersion()).as("no fabric8 type for core kind %s", o.kind())
              .matches("(platform\\.integratn\\.tech|cert-manager\\.io)/v1(alpha1)?|cilium\\.io/v2");
          continue;
        }
        String yaml = writer.write(o.toNode());
        Object typed = MAPPER.readValue(yaml, type);
        assertThat(unknownFields(typed, "")).as("%s %s in %s", o.kind(), o.metadata().name(), file.path()).isEmpty();
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(typed))).as("round trip of %s", o.kind())
            .isEqualTo(MAPPER.readTree(yaml));
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(2);
  }

  /** Paths of every non-empty {@code additionalProperties} map in a fabric8 object graph. */
  static List<String> unknownFields(Object root, String path) throws Exception {
    List<String> found = new ArrayList<>();
    walk(root, path, found, new IdentityHashMap<>());
    return found;
  }

  private static void walk(Object node, String path, List<String> found, IdentityHashMap<Object, Boolean> seen)
      throws Exception {
    if (node == null || seen.put(node, true) != null) {
      return;
    }
    if (node instanceof Collection<?> c) {
      int i = 0;
      for (Object item : c) {
        walk(item, path + "[" + i++ + "]", found, seen);
      }
      return;
    }
    if (node instanceof Map<?, ?> || !node.getClass().getName().startsWith("io.fabric8")) {
      return;
    }
    for (Method m : node.getClass().getMethods()) {
      if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Object value = m.invoke(node);
      if (m.getName().equals("getAdditionalProperties")) {
        if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
          found.add(path + " " + extra.keySet());
        }
      } else {
        walk(value, path + "." + m.getName().substring(3), found, seen);
      }
    }
  }
}
