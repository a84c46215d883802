package tech.integratn.vcluster.adapters.kubernetes;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import tech.integratn.vcluster.domain.cleanup.CleanupFailure;

/**
 * How the clean-up reaches the API server: the pipeline pod's service account (token and CA
 * certificate, TLS always verified) or a kubeconfig file. The client configuration is made only
 * when the first call needs it (inside the clean-up's time budget: a kubeconfig's exec plugin runs
 * then), never from the process's ambient settings ({@code KUBECONFIG}, {@code ~/.kube}, system
 * properties, proxies, token variables), and with retries off and the call timeout as request
 * timeout. Any failure, even a stack overflow from a hostile file, is a {@link CleanupFailure}.
 */
interface ClusterAccess {

  /** The largest kubeconfig read (a larger one is refused before it is read). */
  long MAX_KUBECONFIG_BYTES = 16L * 1024 * 1024;

  /** A description for messages. */
  String describe();

  /** Whether the client must ignore every proxy setting (the pod's service account). */
  boolean direct();

  /** The client configuration, or why there is none. */
  Either<CleanupFailure, Config> config(Duration callTimeout);

  /** The pod's service account: {@code https://<host>:<port>} with the token and CA under {@code serviceAccountDir}. */
  static ClusterAccess serviceAccount(String host, String port, Path serviceAccountDir) {
    return new ClusterAccess() {
      @Override
      public String describe() {
        return "the pod's service account";
      }

      @Override
      public boolean direct() {
        return true;
      }

      @Override
      public Either<CleanupFailure, Config> config(Duration callTimeout) {
        Path tokenFile = serviceAccountDir.resolve("token");
        Path ca = serviceAccountDir.resolve("ca.crt");
        String token;
        try {
          token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
          return Either.left(new CleanupFailure.BadConfiguration("service account token " + tokenFile + " is not readable"));
        }
        if (!Files.isReadable(ca)) {
          return Either.left(new CleanupFailure.BadConfiguration("service account CA certificate " + ca + " is not readable"));
        }
        String urlHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        Config config = new ConfigBuilder(Config.empty())
            .withAutoConfigure(false)
            .withMasterUrl("https://" + urlHost + ":" + port)
            .withCaCertFile(ca.toString())
            .withTrustCerts(false)
            .withOauthToken(token)
            .withHttpProxy(null)
            .withHttpsProxy(null)
            .withNoProxy(new String[0])
            .build();
        return Either.right(bounded(config, callTimeout));
      }
    };
  }

  /** A kubeconfig file (its current context). */
  static ClusterAccess kubeconfig(Path file) {
    return new ClusterAccess() {
      @Override
      public String describe() {
        return "kubeconfig " + file;
      }

      @Override
      public boolean direct() {
        return false;
      }

      @Override
      public Either<CleanupFailure, Config> config(Duration callTimeout) {
        // a FIFO or device would block or never end: only a regular file is read (10.3)
        if (!Files.isRegularFile(file)) {
          return Either.left(new CleanupFailure.BadConfiguration(Files.exists(file)
              ? "kubeconfig " + file + " is not a regular file" : "kubeconfig " + file + " is not readable"));
        }
        String text;
        try {
          if (Files.size(file) > MAX_KUBECONFIG_BYTES) {
            return Either.left(new CleanupFailure.BadConfiguration("kubeconfig " + file + " is larger than 16 MiB"));
          }
          text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | OutOfMemoryError e) {
          return Either.left(new CleanupFailure.BadConfiguration("kubeconfig " + file + " is not readable"));
        }
        try {
          if (!currentContextNamesAServer(text)) {
            // fabric8 would fall back to https://kubernetes.default.svc, with this file's credentials
            return Either.left(new CleanupFailure.BadConfiguration("kubeconfig " + file
                + " names no server for its current context"));
          }
          Config config = Config.fromKubeconfig(null, text, file.toAbsolutePath().toString());
          if (config.getMasterUrl() == null || config.getMasterUrl().isBlank()) {
            return Either.left(new CleanupFailure.BadConfiguration("kubeconfig " + file + " names no server"));
          }
          return Either.right(bounded(config, callTimeout));
        } catch (StackOverflowError e) {
          return Either.left(new CleanupFailure.BadConfiguration("kubeconfig " + file
              + " is not a usable kubeconfig (nested too deeply)"));
        } catch (OutOfMemoryError e) {
          return Either.left(new CleanupFailure.BadConfiguration("kubeconfig " + file
              + " is not a usable kubeconfig (too large to parse)"));
        } catch (RuntimeException e) {
          // the parser's own message names Java types (java.util.ArrayList<...NamedCluster>): not shown
          return Either.left(new CleanupFailure.BadConfiguration("kubeconfig " + file
              + " is not a usable kubeconfig (not YAML of the kubeconfig format, or its exec plugin failed)"));
        }
      }
    };
  }

  private static Config bounded(Config config, Duration callTimeout) {
    int millis = (int) Math.min(Integer.MAX_VALUE, callTimeout.toMillis());
    config.setRequestTimeout(millis);
    config.setConnectionTimeout(millis);
    config.setRequestRetryBackoffLimit(0);
    return config;
  }

  /** Whether the kubeconfig's {@code current-context} names a context whose cluster has a server. */
  static boolean currentContextNamesAServer(String text) {
    io.fabric8.kubernetes.api.model.Config kubeconfig =
        io.fabric8.kubernetes.client.internal.KubeConfigUtils.parseConfigFromString(text);
    String current = kubeconfig.getCurrentContext();
    if (current == null || current.isBlank() || kubeconfig.getContexts() == null || kubeconfig.getClusters() == null) {
      return false;
    }
    String cluster = null;
    for (io.fabric8.kubernetes.api.model.NamedContext context : kubeconfig.getContexts()) {
      if (current.equals(context.getName()) && context.getContext() != null) {
        cluster = context.getContext().getCluster();
      }
    }
    if (cluster == null) {
      return false;
    }
    for (io.fabric8.kubernetes.api.model.NamedCluster named : kubeconfig.getClusters()) {
      if (cluster.equals(named.getName()) && named.getCluster() != null && named.getCluster().getServer() != null
          && !named.getCluster().getServer().isBlank()) {
        return true;
      }
    }
    return false;
  }
}
