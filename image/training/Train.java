import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The AOT cache's training run (image/build-image.sh): runs the Kratix pipeline of the jar once for
 * each case, in one JVM, so that one cache covers configure and delete of every promise. A cache is
 * trained by one JVM run, and the jar's {@code Main} exits after one pipeline run; this class calls
 * what {@code Main} calls in Kratix mode ({@code KratixMode.run} with the process's Kratix tree,
 * {@code /kratix}) once per case instead. The build puts its jar on the class path after the app jar
 * for the training run only; the jar stays in the image (never on the entrypoint's class path) because
 * the cache names it and validates it at every start.
 *
 * <p>Arguments: {@code ACTION:PROMISE:REQUEST_FILE[:PROFILE_FILE]}..., each run like the container
 * with {@code KRATIX_WORKFLOW_ACTION=ACTION}, {@code KRATIX_PROMISE_NAME=PROMISE}, the request as
 * {@code /kratix/input/object.yaml} and, if given, {@code VCLUSTER_PROFILE=PROFILE_FILE}; every run
 * must exit 0, else this exits 1.
 */
public final class Train {

  private Train() {}

  public static void main(String[] args) throws Exception {
    // The entrypoint's main class, loaded and linked as the launcher does (it is in the cache too).
    Class.forName("tech.integratn.vcluster.bootstrap.Main");
    Class<?> layoutType = Class.forName("tech.integratn.vcluster.adapters.kratix.KratixLayout");
    Object layout = layoutType.getField("DEFAULT").get(null);
    Method run = Class.forName("tech.integratn.vcluster.bootstrap.KratixMode")
        .getDeclaredMethod("run", Map.class, layoutType, PrintStream.class);
    run.setAccessible(true);
    Path kratix = Path.of("/kratix");
    int failed = 0;
    for (String arg : args) {
      String[] parts = arg.split(":", 4);
      clear(kratix.resolve("output"));
      clear(kratix.resolve("metadata"));
      Files.copy(Path.of(parts[2]), kratix.resolve("input/object.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Map<String, String> env = new HashMap<>(System.getenv());
      env.put("KRATIX_WORKFLOW_ACTION", parts[0]);
      env.put("KRATIX_WORKFLOW_TYPE", "resource");
      env.put("KRATIX_PROMISE_NAME", parts[1]);
      env.remove("VCLUSTER_PROFILE");
      if (parts.length == 4) {
        env.put("VCLUSTER_PROFILE", parts[3]);
      }
      int code = (Integer) run.invoke(null, env, layout, System.err);
      System.err.println("[train] " + arg + " exit " + code);
      if (code != 0) {
        failed++;
      }
    }
    System.exit(failed == 0 ? 0 : 1);
  }

  private static void clear(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir)) {
          Files.delete(p);
        }
      }
    }
  }
}
