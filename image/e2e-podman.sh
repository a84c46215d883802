#!/usr/bin/env bash
# End-to-end test of the pipeline image, run the way Kratix runs it: podman with runc, no network,
# a read-only root file system and no writable tmpfs, user 65532, a 256 MiB memory limit (when the
# machine's cgroups allow one), /kratix/input mounted read-only, /kratix/output and /kratix/metadata
# writable, and the Kratix environment variables. For every case the files the container writes must
# equal, byte for byte, what `java -jar vcluster-orchestrator.jar render` writes for the same request,
# and the exit codes must be equal.
#
# Usage: e2e-podman.sh [IMAGE_TAR] [JAR]. Loads the image with `podman load`. Installs podman and runc
# when run as root and they are missing. Exits 0 only if every case matches.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
IMAGE_TAR=${1:-$HERE/target/vcluster-orchestrator-image.tar}
JAR=${2:-$HERE/../bootstrap/target/vcluster-orchestrator.jar}
EXAMPLES=${EXAMPLES_DIR:-$HERE/../examples}
SHARED=${SHARED_DIR:-$HERE/../../shared}
JAVA=${JAVA:-java}
WORK=${E2E_WORK:-$HERE/target/e2e}
PROMISE=vcluster-orchestrator-v2

log() { printf '[e2e] %s\n' "$*" >&2; }
die() { printf '[e2e] error: %s\n' "$*" >&2; exit 1; }

ensure_prerequisites() {
  local missing=()
  command -v podman >/dev/null || missing+=(podman)
  command -v runc >/dev/null || missing+=(runc)
  if ((${#missing[@]})); then
    if [[ $EUID -ne 0 ]]; then
      # spec 11.4: a tool a fresh machine may lack skips the test with one line naming it (.ci/run
      # installs podman and runc, or stops naming them, so CI always runs it)
      printf '[e2e] skipped: %s is not installed (apt-get install %s)\n' "${missing[*]}" "${missing[*]}" >&2
      exit 0
    fi
    log "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null; }
  fi
}

# The container must be able to write the directories it gets as /kratix/output and /kratix/metadata.
give_to_container_user() {
  if [[ $EUID -eq 0 ]]; then chown -R 65532:65532 "$@"; else podman unshare chown -R 65532:65532 "$@"; fi
}

# run_case NAME ACTION REQUEST EXIT [PROMISE PIPELINE]: the image and the jar on the same request, as
# promise PROMISE (default the orchestrator); both must exit with EXIT, write the same files byte for
# byte and print the same messages (the input path aside).
run_case() {
  local name=$1 action=$2 request=$3 expected=$4 dir=$WORK/$1
  local promise=${5:-$PROMISE} pipeline=${6:-vco-v2-$2}
  rm -rf "$dir" && mkdir -p "$dir/input" "$dir/image/output" "$dir/image/metadata" "$dir/jar/output" "$dir/jar/metadata"
  cp "$request" "$dir/input/object.yaml"
  chmod 0755 "$dir/input" && chmod 0644 "$dir/input/object.yaml"
  give_to_container_user "$dir/image/output" "$dir/image/metadata"

  local object_name
  object_name=$(sed -n 's/^  name: *//p' "$request" | head -1)
  local image_rc=0 jar_rc=0
  podman run --rm --runtime runc --network=none --read-only --read-only-tmpfs=false \
    --user 65532:65532 --cap-drop=ALL --security-opt=no-new-privileges "${ULIMITS[@]}" "${MEMORY[@]}" \
    -v "$dir/input:/kratix/input:ro" -v "$dir/image/output:/kratix/output" -v "$dir/image/metadata:/kratix/metadata" \
    -e KRATIX_WORKFLOW_ACTION="$action" -e KRATIX_WORKFLOW_TYPE=resource -e KRATIX_PROMISE_NAME="$promise" \
    -e KRATIX_PIPELINE_NAME="$pipeline" -e KRATIX_OBJECT_NAME="$object_name" \
    -e KRATIX_OBJECT_NAMESPACE=platform-requests \
    "$TAG" >"$dir/image.out" 2>"$dir/image.err" || image_rc=$?
  env KRATIX_PROMISE_NAME="$promise" "$JAVA" -jar "$JAR" render --action "$action" --input "$dir/input/object.yaml" \
    --output "$dir/jar/output" --metadata "$dir/jar/metadata" >"$dir/jar.out" 2>"$dir/jar.err" || jar_rc=$?

  local problems=()
  [[ $image_rc == "$expected" && $jar_rc == "$expected" ]] \
    || problems+=("exit code: image $image_rc, jar $jar_rc, expected $expected")
  [[ $expected != 0 || -n $(find "$dir/jar" -type f) ]] || problems+=("the jar wrote nothing")
  [[ $expected == 0 || -z $(find "$dir/image" "$dir/jar" -type f) ]] || problems+=("a refused run wrote files")
  diff -r "$dir/image" "$dir/jar" >"$dir/diff" 2>&1 || problems+=("files differ (see $dir/diff)")
  # A delete's host clean-up (spec 7.1) says why it skipped, in words of its mode: the container has no
  # service account (not in a pod), the CLI no --kubeconfig. Those two lines are checked, the rest compared.
  local skipped='^info: host clean-up skipped: '
  if [[ $action == delete && $promise == "$PROMISE" ]]; then
    grep -qx 'info: host clean-up skipped: not running in a Kubernetes pod (KUBERNETES_SERVICE_HOST is not set)' \
      "$dir/image.err" || problems+=("the image did not say it skipped the host clean-up")
    grep -qx 'info: host clean-up skipped: no --kubeconfig given' "$dir/jar.err" \
      || problems+=("the jar did not say it skipped the host clean-up")
  fi
  # The CLI ends a run with its summary line (spec 11.4), which Kratix mode does not write: checked, then
  # left out of the comparison.
  local summary="^wrote .* ($promise, $action)\$"
  if [[ $expected == 0 ]]; then
    [[ $(grep -c "$summary" "$dir/jar.err") == 1 ]] || problems+=("the jar did not end with one summary line")
  fi
  sed "s#/kratix/input/object.yaml#$dir/input/object.yaml#g" "$dir/image.err" | grep -v "$skipped" \
    | diff - <(grep -v "$skipped" "$dir/jar.err" | grep -v "$summary") >"$dir/stderr.diff" \
    || problems+=("messages differ (see $dir/stderr.diff)")
  diff "$dir/image.out" "$dir/jar.out" >/dev/null || problems+=("standard output differs")
  if ((${#problems[@]})); then
    log "FAIL $name ($action): ${problems[*]}"
    sed 's/^/  image stderr: /' "$dir/image.err" | head -20 >&2
    head -40 "$dir/diff" >&2
    FAILED=$((FAILED + 1))
  else
    log "ok   $name ($action): exit $image_rc, $(find "$dir/image" -type f | wc -l) identical files, same messages"
  fi
}

main() {
  [[ -f $IMAGE_TAR ]] || die "no image at $IMAGE_TAR (mvn -B -Pimage package)"
  [[ -f $JAR ]] || die "no jar at $JAR"
  ensure_prerequisites
  local started=$SECONDS
  TAG=$(sed -n 's/^tag=//p' "$(dirname "$IMAGE_TAR")/image.properties")
  podman load -q -i "$IMAGE_TAR" >/dev/null
  log "image $TAG ($(podman image inspect --format '{{.Id}}' "$TAG" | cut -c1-12)), user $(podman image inspect --format '{{.Config.User}}' "$TAG")"

  # Some sandboxes deny raising rlimits (no CAP_SYS_RESOURCE) and podman's defaults exceed the hard
  # limits there: fall back to this shell's open-files limit and 4096 processes. Then the memory limit,
  # which needs a cgroup memory controller the runtime may use.
  ULIMITS=()
  probe() { podman run --rm --runtime runc --network=none "${ULIMITS[@]}" "$@" --entrypoint /opt/java/bin/java "$TAG" -version \
      >/dev/null 2>"$WORK.probe"; }
  if ! probe && grep -q rlimit "$WORK.probe"; then
    ULIMITS=(--ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit nproc=4096:4096)
    log "NOTE: podman's default rlimits are denied here; using ${ULIMITS[*]}"
  fi
  probe || die "the image does not start: $(tail -1 "$WORK.probe")"
  MEMORY=(--memory 256m)
  if ! probe --memory 256m; then
    log "WARNING: --memory 256m is not possible here ($(tail -1 "$WORK.probe")); running without a memory limit"
    MEMORY=()
  fi
  # No shell in the image: a shell entrypoint must fail to start.
  if podman run --rm --runtime runc --network=none "${ULIMITS[@]}" --entrypoint /bin/sh "$TAG" -c true >/dev/null 2>&1; then
    die "the image contains /bin/sh"
  fi
  # The entrypoint's AOT cache (Java 25 image; the AppCDS archive of a Java 17 image) maps in the
  # container, read-only root and memory limit included: -XX:AOTMode=on (-Xshare:on) fails otherwise.
  local entry args=() on=-XX:AOTMode=on a
  mapfile -t entry <"$(dirname "$IMAGE_TAR")/entrypoint.args"
  [[ " ${entry[*]} " == *" -Xshare:auto "* ]] && on=-Xshare:on
  for a in "${entry[@]:1}"; do
    [[ $a == -cp ]] && args+=("$on" -Xlog:class+load=info)
    args+=("$a")
  done
  podman run --rm --runtime runc --network=none --read-only --read-only-tmpfs=false --user 65532:65532 \
      "${ULIMITS[@]}" "${MEMORY[@]}" --entrypoint "${entry[0]}" "$TAG" "${args[@]}" --version >"$WORK.cache" 2>&1 \
    || { tail -5 "$WORK.cache" >&2; die "the image's entrypoint does not run with $on (its cache does not map in the container)"; }
  grep -q 'tech\.integratn\.vcluster\.bootstrap\.Main source: shared objects file' "$WORK.cache" \
    || die "the image's entrypoint does not load Main from its cache in the container"
  log "ok   the entrypoint maps its cache in the container ($on: $(grep -c 'source: shared objects file' "$WORK.cache") classes of --version from it)"

  FAILED=0
  run_case configure-prod-external-etcd configure "$EXAMPLES/prod-external-etcd/request.yaml" 0
  run_case configure-prod-subnet configure "$EXAMPLES/prod-subnet/request.yaml" 0
  run_case configure-dev-minimal configure "$EXAMPLES/dev-minimal/request.yaml" 0
  run_case configure-dev-egress configure "$EXAMPLES/dev-egress/request.yaml" 0
  run_case delete-prod-external-etcd delete "$EXAMPLES/prod-external-etcd/request.yaml" 0
  # The three sub-promises, from the same image, on what the orchestrator sends them and on a request
  # with every optional field (spec 9).
  local sub prefix example
  for sub in argocd-project:argocd-project argocd-application:argocd-app argocd-cluster-registration:acr; do
    prefix=${sub#*:} sub=${sub%%:*}
    for example in "$EXAMPLES/$sub-"*/; do
      run_case "configure-$(basename "$example")" configure "$example/request.yaml" 0 "$sub" "$prefix-configure"
    done
    run_case "delete-$sub-from-dev-minimal" delete "$EXAMPLES/$sub-from-dev-minimal/request.yaml" 0 "$sub" "$prefix-delete"
  done
  # A promise installed for another kind is an environment error (9.1): exit 2, nothing written.
  run_case configure-wrong-promise configure "$EXAMPLES/argocd-application-from-dev-minimal/request.yaml" 2 \
    argocd-project argocd-project-configure
  local invalid
  invalid=$(find "$SHARED/corpus/requests" -name 'invalid-*.yaml' 2>/dev/null | sort | head -1)
  if [[ -n $invalid ]]; then
    run_case configure-invalid configure "$invalid" 1
  else
    log "skip configure-invalid: no invalid-*.yaml under $SHARED/corpus/requests"
  fi
  log "$((SECONDS - started)) s, $FAILED failed, memory limit: ${MEMORY[*]:-none}"
  ((FAILED == 0))
}

mkdir -p "$WORK"
main "$@"
