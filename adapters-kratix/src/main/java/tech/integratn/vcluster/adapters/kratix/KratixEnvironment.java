package tech.integratn.vcluster.adapters.kratix;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tech.integratn.vcluster.application.port.out.PipelineContext;

/**
 * The pipeline context Kratix passes in environment variables. Unknown workflow types are
 * accepted (Kratix may add some); the action must be {@code configure} or {@code delete}. Reads
 * the process environment as it is (a {@code java.util.Map}), not copied into a persistent map
 * (bench/README.md, round 3).
 */
public final class KratixEnvironment implements PipelineContext {

  public static final String ACTION = "KRATIX_WORKFLOW_ACTION";
  public static final String TYPE = "KRATIX_WORKFLOW_TYPE";
  public static final String PROMISE_NAME = "KRATIX_PROMISE_NAME";
  public static final String PIPELINE_NAME = "KRATIX_PIPELINE_NAME";
  public static final String OBJECT_NAME = "KRATIX_OBJECT_NAME";
  public static final String OBJECT_NAMESPACE = "KRATIX_OBJECT_NAMESPACE";
  public static final String DRY_RUN = "KRATIX_DRY_RUN";
  public static final String DEFAULT_PROMISE_NAME = "vcluster-orchestrator-v2";

  private final Action action;
  private final Map<String, String> env;
  private final boolean forcedDryRun;

  private KratixEnvironment(Action action, Map<String, String> env) {
    this(action, env, false);
  }

  private KratixEnvironment(Action action, Map<String, String> env, boolean forcedDryRun) {
    this.action = action;
    this.env = env;
    this.forcedDryRun = forcedDryRun;
  }

  /** The context from {@code env}, or why it is not a Kratix pipeline environment. */
  public static Either<String, KratixEnvironment> from(Map<String, String> env) {
    Option<String> action = nonBlank(env.get(ACTION));
    if (action.isEmpty()) {
      return Either.left(ACTION + " is not set; run inside a Kratix pipeline or use the 'render' command");
    }
    Either<String, Action> parsed = parseAction(action.get());
    return parsed.isLeft()
        ? Either.left(ACTION + " " + parsed.getLeft())
        : Either.right(new KratixEnvironment(parsed.get(), env));
  }

  /** A context for offline runs: the given action, the promise name from {@code env} or the default. */
  public static KratixEnvironment offline(Action action, Map<String, String> env) {
    return new KratixEnvironment(action, env);
  }

  /** As {@link #offline(Action, Map)}, a dry run when {@code dryRun} (the CLI's {@code --dry-run}) or the environment says so. */
  public static KratixEnvironment offline(Action action, Map<String, String> env, boolean dryRun) {
    return new KratixEnvironment(action, env, dryRun);
  }

  /** {@code configure} or {@code delete}, or why not. */
  public static Either<String, Action> parseAction(String value) {
    switch (value) {
      case "configure":
        return Either.right(Action.CONFIGURE);
      case "delete":
        return Either.right(Action.DELETE);
      default:
        return Either.left("must be configure or delete (got " + value + ")");
    }
  }

  @Override
  public Action action() {
    return action;
  }

  @Override
  public Option<String> promiseName() {
    return nonBlank(env.get(PROMISE_NAME));
  }

  @Override
  public Option<String> workflowType() {
    return nonBlank(env.get(TYPE));
  }

  @Override
  public Option<String> objectName() {
    return nonBlank(env.get(OBJECT_NAME));
  }

  /** {@code KRATIX_DRY_RUN} set to any value (spec 7.1: a dry run deletes nothing, so any doubt means a dry run). */
  @Override
  public boolean dryRun() {
    return forcedDryRun || env.containsKey(DRY_RUN);
  }

  /** The value unless it is blank. */
  private static Option<String> nonBlank(@Nullable String value) {
    return Option.of(value).filter(v -> !v.isBlank());
  }
}
