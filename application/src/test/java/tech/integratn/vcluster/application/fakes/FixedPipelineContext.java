package tech.integratn.vcluster.application.fakes;

import io.vavr.control.Option;
import tech.integratn.vcluster.application.port.out.PipelineContext;

/** A pipeline context with fixed values. */
public record FixedPipelineContext(Action action, Option<String> promiseName, Option<String> objectName)
    implements PipelineContext {

  public static FixedPipelineContext configure() {
    return new FixedPipelineContext(Action.CONFIGURE, Option.some("vcluster-orchestrator-v2"), Option.some("demo"));
  }

  public static FixedPipelineContext delete() {
    return new FixedPipelineContext(Action.DELETE, Option.some("vcluster-orchestrator-v2"), Option.some("demo"));
  }

  @Override
  public Option<String> workflowType() {
    return Option.some("resource");
  }

  @Override
  public boolean dryRun() {
    return false;
  }
}
