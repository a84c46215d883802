package tech.integratn.vcluster.bootstrap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Measures cold delete runs of the pipeline with the host clean-up against fabric8's mock API
 * server (HTTPS, CRUD mode, on loopback): before each run it puts three PersistentVolumes on the
 * server (two of the vcluster, one claimed from another namespace), then runs the Kratix mode as a
 * separate process with the service account hook and prints the wall time of each run and the median.
 *
 * <pre>
 * java -cp "bootstrap/target/test-classes:$(cat cp.txt)" tech.integratn.vcluster.bootstrap.DeleteCleanupBench \
 *     RUNS JAVA REQUEST.yaml -- JVM-ARGS... (e.g. the image's entrypoint without the java binary)
 * </pre>
 */
public final class DeleteCleanupBench {

  private DeleteCleanupBench() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    String java = args[1];
    Path request = Path.of(args[2]);
    List<String> jvm = Arrays.asList(args).subList(4, args.length);
    Path temp = Files.createTempDirectory("delete-bench");
    long[] millis = new long[runs];
    try (MockApiServer api = new MockApiServer(true)) {
      Path account = api.serviceAccount(temp);
      for (int i = 0; i < runs; i++) {
        for (String name : api.names()) {
          api.admin.persistentVolumes().withName(name).delete();
        }
        api.volume("pvc-a" + i, "vcluster-media-x-media", "vcluster-media")
            .volume("pvc-b" + i, "vcluster-media-x-media", null)
            .volume("pvc-c" + i, "vcluster-media-x-media", "team-x");
        Path base = temp.resolve("run" + i);
        Files.createDirectories(base.resolve("input"));
        Files.createDirectories(base.resolve("output"));
        Files.createDirectories(base.resolve("metadata"));
        Files.copy(request, base.resolve("input/object.yaml"));
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvm);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(Map.of("KRATIX_WORKFLOW_ACTION", "delete", "KRATIX_WORKFLOW_TYPE", "resource",
            "KRATIX_PROMISE_NAME", "vcluster-orchestrator-v2", "KRATIX_OBJECT_NAME", "media",
            "VCLUSTER_KRATIX_DIR", base.toString(), "KUBERNETES_SERVICE_HOST", "localhost",
            "KUBERNETES_SERVICE_PORT", String.valueOf(api.server.getPort()),
            "VCLUSTER_SERVICE_ACCOUNT_DIR", account.toString()));
        long start = System.nanoTime();
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        millis[i] = (System.nanoTime() - start) / 1_000_000;
        long deleted = err.lines().filter(l -> l.startsWith("info: deleted PersistentVolume")).count();
        System.out.println("run " + i + ": " + millis[i] + " ms, exit " + code + ", deleted " + deleted
            + ", left " + api.names());
        if (i == 0) {
          System.out.println(err.lines().filter(l -> !l.startsWith("info: deleting ")).reduce("", (a, b) -> a + "  " + b + "\n"));
        }
      }
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.println("median_ms=" + sorted[runs / 2] + " min_ms=" + sorted[0] + " max_ms=" + sorted[runs - 1]);
  }
}
