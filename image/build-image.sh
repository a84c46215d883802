#!/usr/bin/env bash
# Builds the OCI image of the Kratix pipeline container without a container engine or registry:
#
#   base layer     libc and what the JVM links against, extracted from Debian .deb packages
#                  (pinned to the versions installed on the build machine, whose JDK we jlink)
#   runtime layer  a jlink'ed Java runtime with only the modules the jar needs: the build machine's
#                  Java 25 (JAVA25_HOME, else /usr/lib/jvm/*25*); without one, Java 17 (JAVA_HOME)
#   app layer      the runnable jar and its AOT cache (Java 25, JEP 483/514) trained by one run of the
#                  real pipeline on every example, configure and delete, inside the assembled root file
#                  system (so the cache's paths are the image's paths); on Java 17 a static AppCDS
#                  archive from the same cases' class lists
#
# Output (under image/target/ unless IMAGE_OUT is set):
#   rootfs/                              the image's file system, as the container sees it
#   oci/                                 OCI image layout (index.json, blobs/sha256/...)
#   vcluster-orchestrator-image.tar      the same layout as an oci-archive (podman load -i / skopeo copy)
#   entrypoint.args                      the entrypoint, one argument per line (read by bench/startup)
#   image.properties                     tag, digests, modules, sizes
#
# Usage: build-image.sh [JAR] [VERSION]. Needs root (or unprivileged user namespaces) for the
# training runs (unshare + chroot). Installs its own Debian prerequisites when run as root.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAR=${1:-$HERE/../bootstrap/target/vcluster-orchestrator.jar}
VERSION=${2:-0.1.0-SNAPSHOT}
OUT=${IMAGE_OUT:-$HERE/target}
IMAGE_NAME=${IMAGE_NAME:-localhost/vcluster-orchestrator}
TAG="$IMAGE_NAME:$VERSION"
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
# The Java 25 JDK whose runtime the image jlinks (find_java25); JAVA25_HOME names it explicitly
# (JAVA25_HOME=none: build the Java 17 fallback even where a Java 25 is installed).
JAVA25_HOME=${JAVA25_HOME:-}
EXAMPLES=${EXAMPLES_DIR:-$HERE/../examples}
DEB_CACHE=${DEB_CACHE:-$OUT/debs}

# Debian packages of the base layer: libc6 (libc, libm, libdl, libpthread, librt, ld.so),
# libstdc++6 + libgcc-s1 (libjvm.so and libjimage.so are C++), zlib1g (libzip.so/java link the
# system zlib), gcc-12-base (only the copyright file that libgcc-s1 and libstdc++6 point to).
# The list is checked below against `ldd` of every binary in the jlink'ed runtime.
BASE_PACKAGES=(libc6 libgcc-s1 libstdc++6 zlib1g gcc-12-base)

# Packages of the jar whose imports jdeps reports but which the pipeline never loads: SnakeYAML's bean
# introspector (object construction, which the pipeline never does; it only reads parser events)
# references java.beans. Leaving it out of the module computation drops java.desktop (~12 MB). The
# training runs fail the build if any class of these packages is ever loaded.
UNUSED_PACKAGES_RE='^(org\.yaml\.snakeyaml\.introspector|com\.fasterxml\.jackson\.databind\.ext)$'
# Jackson databind (under fabric8's client, on the delete's host clean-up only) declares java.sql
# `requires static`: its date (de)serialisers name java.sql types only for java.sql values, which the
# clean-up never reads. Jackson's optional handlers (databind.ext: java.beans, java.sql, javax.xml) are
# left out above. Dropping java.sql (which brings java.xml) keeps the runtime at its size.
OPTIONAL_MODULE_DEPS_RE='^com\.fasterxml\.jackson\..* java\.sql$'
# Modules no class names but the clean-up needs: jdk.crypto.ec (SunEC) verifies API servers with
# ECDSA certificates and negotiates ECDHE/X25519 (k3s and most managed clusters use EC keys).
EXTRA_MODULES=jdk.crypto.ec

APP_DIR=/opt/app
APP_JAR=$APP_DIR/vcluster-orchestrator.jar
APP_JSA=$APP_DIR/vcluster-orchestrator.jsa
APP_AOT=$APP_DIR/vcluster-orchestrator.aot
# The AOT cache's trainer (image/training/Train.java), kept in the image only because the cache names it.
APP_TRAINER=$APP_DIR/vcluster-orchestrator-training.jar
JAVA_DIR=/opt/java
# The JVM flags of the entrypoint. Each one's effect on start-up is measured in bench/README.md.
# CompileThresholdScaling=30: a run is too short for most C1 compilations to pay back; ~20 ms less CPU,
# +3-5 ms wall on an idle core (bench/README.md "C1 thresholds under the pipeline's CPU limit").
JVM_FLAGS=(-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=30 -XX:+UseSerialGC -Xss512k -XX:MaxRAM=256m -XX:-UsePerfData)
# The main class is named on the command line (-cp) rather than found in the manifest (-jar): the
# launcher then never opens the jar as a JarFile to read its manifest (~50 fewer classes, bench/README.md).
MAIN_CLASS=tech.integratn.vcluster.bootstrap.Main
# The entrypoint (set in main once the runtime is known): Java 25 maps the AOT cache, Java 17 the AppCDS archive.
# Two diagnostic flags, each measured alternating (bench/README.md): Java 25 relocates a cache to a random
# address by default (ArchiveRelocationMode=1); Java 17 mapped its archives at their own address (0),
# ~10 ms less CPU a run. And the cache's training data (JEP 515: which methods the 25 training pipelines
# made hot) is not replayed: replaying it compiles those methods at start, +23 ms CPU for one render.
ENTRYPOINT_AOT=("$JAVA_DIR/bin/java" "${JVM_FLAGS[@]}" -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0
  -XX:-AOTReplayTraining "-XX:AOTCache=$APP_AOT" -cp "$APP_JAR" "$MAIN_CLASS")
ENTRYPOINT_CDS=("$JAVA_DIR/bin/java" "${JVM_FLAGS[@]}" -Xshare:auto "-XX:SharedArchiveFile=$APP_JSA" -cp "$APP_JAR" "$MAIN_CLASS")
UID_GID=65532

log() { printf '[image] %s\n' "$*" >&2; }
die() { printf '[image] error: %s\n' "$*" >&2; exit 1; }

# is_java25 DIR: DIR is a JDK 25 that can jlink (its java reports version 25, it has jlink).
is_java25() {
  local tool
  for tool in java jlink jdeps javac jar; do [[ -x $1/bin/$tool ]] || return 1; done
  "$1/bin/java" -version 2>&1 | head -n 1 | grep -Eq ' version "25([."]|-)'
}

# Sets RUNTIME_HOME (the JDK to jlink) and RUNTIME (aot: Java 25 with an AOT cache; appcds: Java 17
# with its AppCDS archive, when the machine has no Java 25).
find_java25() {
  local candidate
  if [[ $JAVA25_HOME == none ]]; then
    RUNTIME_HOME=$JAVA_HOME RUNTIME=appcds
    log "no Java 25 JDK wanted (JAVA25_HOME=none): the image uses Java 17 from $JAVA_HOME with an AppCDS archive instead of an AOT cache"
    return
  fi
  if [[ -n $JAVA25_HOME ]]; then
    is_java25 "$JAVA25_HOME" || die "JAVA25_HOME=$JAVA25_HOME is not a JDK 25 with jlink"
    RUNTIME_HOME=$JAVA25_HOME RUNTIME=aot
    return
  fi
  for candidate in /usr/lib/jvm/*25*; do
    [[ -L $candidate ]] && continue
    if is_java25 "$candidate"; then
      RUNTIME_HOME=$candidate RUNTIME=aot
      return
    fi
  done
  RUNTIME_HOME=$JAVA_HOME RUNTIME=appcds
  log "no Java 25 JDK found (JAVA25_HOME unset, none in /usr/lib/jvm/*25*): the image uses Java 17 from $JAVA_HOME with an AppCDS archive instead of an AOT cache"
}

ensure_prerequisites() {
  local missing=()
  [[ $RUNTIME == aot || -f $JAVA_HOME/jmods/java.base.jmod ]] || missing+=(openjdk-17-jmods)
  command -v dpkg-deb >/dev/null || missing+=(dpkg)
  command -v unshare >/dev/null || missing+=(util-linux)
  command -v sha256sum >/dev/null || missing+=(coreutils)
  command -v gzip >/dev/null || missing+=(gzip)
  command -v tar >/dev/null || missing+=(tar)
  if ((${#missing[@]})); then
    [[ $EUID -eq 0 ]] || die "missing ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root"
    log "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null; }
  fi
}

# The .deb of package $1 at the version installed here: from apt's cache, our cache, or apt-get download.
fetch_deb() {
  local pkg=$1 version arch file
  version=$(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null) || die "$pkg is not installed on the build machine"
  arch=$(dpkg-query -W -f='${Architecture}' "$pkg")
  for file in "$DEB_CACHE/${pkg}_${version/:/%3a}_${arch}.deb" "/var/cache/apt/archives/${pkg}_${version/:/%3a}_${arch}.deb"; do
    if [[ -f $file && $(dpkg-deb -f "$file" Package) == "$pkg" && $(dpkg-deb -f "$file" Version) == "$version" ]]; then
      echo "$file"; return
    fi
  done
  log "downloading $pkg=$version"
  (cd "$DEB_CACHE" && apt-get download -q "$pkg=$version" >/dev/null 2>&1) \
    || die "cannot download $pkg=$version; put its .deb in $DEB_CACHE (offline build)"
  echo "$DEB_CACHE/${pkg}_${version/:/%3a}_${arch}.deb"
}

# The java modules the jar needs: jdeps' per-package dependencies, minus the never-loaded packages.
java_modules() {
  "$RUNTIME_HOME/bin/jdeps" --multi-release 17 --ignore-missing-deps -verbose:package "$JAR" \
    | awk -v skip="$UNUSED_PACKAGES_RE" -v optional="$OPTIONAL_MODULE_DEPS_RE" -v extra="$EXTRA_MODULES" \
        'NF == 4 && $2 == "->" && $1 !~ skip && ($1 " " $NF) !~ optional && $NF ~ /^(java|jdk)\./ { print $NF }
         END { print "java.base"; print extra }' \
    | sort -u | paste -sd, -
}

# in_rootfs [NAME=VALUE...] COMMAND [ARG...]: runs COMMAND chrooted into the root file system with
# /proc and /dev mounted, in a private mount namespace (the mounts vanish with it), with an environment
# of exactly the given NAME=VALUE pairs.
in_rootfs() {
  local userns=() vars=()
  [[ $EUID -eq 0 ]] || userns=(--map-root-user)
  while [[ $# -gt 0 && $1 == *=* ]]; do vars+=("$1"); shift; done
  unshare "${userns[@]}" --mount --pid --fork --kill-child -- /bin/sh -c \
    'r=$1; shift; mount -t proc proc "$r/proc" && mount --rbind /dev "$r/dev" && exec env -i "$@"' \
    sh "$ROOTFS" "${vars[@]}" "$(command -v chroot)" "$ROOTFS" "$@"
}

sha() { sha256sum "$1" | cut -d' ' -f1; }

# Writes the blob at $1 into the layout, prints "<digest> <size>".
add_blob() {
  local digest size
  digest=$(sha "$1"); size=$(stat -c %s "$1")
  cp "$1" "$LAYOUT/blobs/sha256/$digest"
  echo "$digest $size"
}

json_array() { local first=1 a; printf '['; for a in "$@"; do ((first)) || printf ','; first=0; printf '"%s"' "${a//\"/\\\"}"; done; printf ']'; }

# Java 25: one JVM runs every training case (image/training/Train.java, on the class path after the
# jar for this run only) and writes the AOT cache at exit (-XX:AOTCacheOutput, JEP 514: the JVM records
# the run, then assembles the cache in a child JVM with the same options). The cache records the
# training class path and, at run time, validates every entry of it from which it holds a class: the
# trainer's jar (3 KB, Train only) therefore stays in the image, unchanged, though never on the
# entrypoint's class path (without it the JVM silently ignores every app class of the cache). The
# alternatives measured worse: a signed trainer jar (whose classes the JVM leaves out of a cache, so
# nothing need stay) puts the JDK's jar-verification classes into the cache, +430 classes loaded at
# every start and +11 ms CPU (bench/README.md).
train_aot_cache() {
  rm -rf "$OUT/train-classes"
  mkdir -p "$OUT/train-classes"
  "$RUNTIME_HOME/bin/javac" --release 17 -d "$OUT/train-classes" "$HERE/training/Train.java" \
    || die "cannot compile image/training/Train.java"
  "$RUNTIME_HOME/bin/jar" --create --date "$(date -u -d "@$EPOCH" +%Y-%m-%dT%H:%M:%SZ)" --file "$ROOTFS$APP_TRAINER" -C "$OUT/train-classes" .
  touch -h -d "@$EPOCH" "$ROOTFS$APP_TRAINER"
  in_rootfs "$JAVA_DIR/bin/java" "${JVM_FLAGS[@]}" "-XX:AOTCacheOutput=$APP_AOT" \
    "-Xlog:class+load=info:file=/tmp/train-%p.classload" -cp "$APP_JAR:$APP_TRAINER" Train "${cases[@]}" \
    >"$OUT/train.log" 2>&1 || { tail -40 "$OUT/train.log" >&2; die "the AOT training run failed"; }
  [[ -s $ROOTFS$APP_AOT ]] || { tail -40 "$OUT/train.log" >&2; die "the AOT training run wrote no cache"; }
}

# Java 17: one JVM per training case, each dumping its class list; the lists are merged into one
# static archive (JDK classes + app classes + lambda proxies).
train_appcds_archive() {
  local lists=() i=0 run action promise rest request profile env
  for run in "${cases[@]}"; do
    action=${run%%:*}; rest=${run#*:}; promise=${rest%%:*}; request=${rest#*:}; i=$((i + 1))
    env=(KRATIX_WORKFLOW_ACTION="$action" KRATIX_WORKFLOW_TYPE=resource KRATIX_PROMISE_NAME="$promise")
    if [[ $request == *:* ]]; then profile=${request#*:}; request=${request%%:*}; env+=(VCLUSTER_PROFILE="$profile"); fi
    rm -rf "$ROOTFS/kratix/output"/* "$ROOTFS/kratix/metadata"/*
    cp "$ROOTFS$request" "$ROOTFS/kratix/input/object.yaml"
    in_rootfs "${env[@]}" "$JAVA_DIR/bin/java" "${JVM_FLAGS[@]}" "-XX:DumpLoadedClassList=/tmp/train-$i.classlist" \
      "-Xlog:class+load=info:file=/tmp/train-$i.classload" -cp "$APP_JAR" "$MAIN_CLASS" 2>"$OUT/train-$i.log" \
      || { cat "$OUT/train-$i.log" >&2; die "training run $run failed"; }
    lists+=("$ROOTFS/tmp/train-$i.classlist")
  done
  awk '!/^#/ && !seen[$0]++' "${lists[@]}" >"$ROOTFS/tmp/merged.classlist"
  in_rootfs "$JAVA_DIR/bin/java" "${JVM_FLAGS[@]}" -Xshare:dump -XX:SharedClassListFile=/tmp/merged.classlist \
    "-XX:SharedArchiveFile=$APP_JSA" -cp "$APP_JAR" >"$OUT/dump.log" 2>&1 \
    || { tail -20 "$OUT/dump.log" >&2; die "CDS dump failed"; }
}

main() {
  [[ -f $JAR ]] || die "no jar at $JAR (build bootstrap first)"
  find_java25
  ensure_prerequisites
  local ENTRYPOINT
  if [[ $RUNTIME == aot ]]; then ENTRYPOINT=("${ENTRYPOINT_AOT[@]}"); else ENTRYPOINT=("${ENTRYPOINT_CDS[@]}"); fi
  log "runtime: $("$RUNTIME_HOME/bin/java" -version 2>&1 | head -n 1) from $RUNTIME_HOME ($RUNTIME)"
  local started=$SECONDS
  EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$HERE" log -1 --format=%ct 2>/dev/null || echo 0)}
  ROOTFS=$OUT/rootfs
  LAYOUT=$OUT/oci
  rm -rf "$ROOTFS" "$LAYOUT" "$OUT/layers"
  mkdir -p "$ROOTFS" "$LAYOUT/blobs/sha256" "$OUT/layers" "$DEB_CACHE"

  # --- base layer: Debian packages -----------------------------------------------------------
  local pkg deb pkg_versions=()
  for pkg in "${BASE_PACKAGES[@]}"; do
    deb=$(fetch_deb "$pkg")
    dpkg-deb -x "$deb" "$ROOTFS"
    pkg_versions+=("$pkg=$(dpkg-deb -f "$deb" Version)")
  done
  # Nothing the JVM uses: iconv modules, debugger scripts, lintian overrides, changelogs (copyrights stay).
  rm -rf "$ROOTFS/usr/lib/x86_64-linux-gnu/gconv" "$ROOTFS/usr/share/gdb" "$ROOTFS/usr/share/gcc" \
    "$ROOTFS/usr/share/lintian" "$ROOTFS/usr/lib/x86_64-linux-gnu/libmemusage.so" \
    "$ROOTFS/usr/lib/x86_64-linux-gnu/libpcprofile.so"
  find "$ROOTFS/usr/share/doc" -type f ! -name copyright -delete
  mkdir -p "$ROOTFS"/{etc,tmp,proc,dev,sys,kratix/input,kratix/output,kratix/metadata}
  chmod 1777 "$ROOTFS/tmp"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:%s:%s:nonroot:/home/nonroot:/sbin/nologin\n' \
    "$UID_GID" "$UID_GID" >"$ROOTFS/etc/passwd"
  printf 'root:x:0:\nnonroot:x:%s:\n' "$UID_GID" >"$ROOTFS/etc/group"
  printf 'passwd: files\ngroup: files\nhosts: files\n' >"$ROOTFS/etc/nsswitch.conf"
  mkdir -p "$ROOTFS/home/nonroot" && chown "$UID_GID:$UID_GID" "$ROOTFS/home/nonroot" 2>/dev/null || true
  ldconfig -r "$ROOTFS"

  # --- runtime layer: jlink ---------------------------------------------------------------------
  local modules
  modules=$(java_modules)
  log "jlink --add-modules $modules"
  # Java 17: the runtime's default CDS archive is the base the AppCDS archive is dumped on. Java 25: the
  # AOT cache holds every class the entrypoint loads, so the default archive would only be dead weight.
  local cds_archive=()
  [[ $RUNTIME == appcds ]] && cds_archive=(--generate-cds-archive)
  "$RUNTIME_HOME/bin/jlink" --add-modules "$modules" --output "$ROOTFS$JAVA_DIR" \
    --strip-debug --no-man-pages --no-header-files --compress=0 "${cds_archive[@]}" >"$OUT/jlink.log" 2>&1 \
    || { cat "$OUT/jlink.log" >&2; die "jlink failed"; }
  # The no-compressed-oops archive only serves heaps over 32 GB.
  rm -f "$ROOTFS$JAVA_DIR/lib/server/classes_nocoops.jsa"

  # Every shared library the runtime needs must come from BASE_PACKAGES: ask the base's own loader.
  local elf missing_libs=""
  for elf in $(cd "$ROOTFS" && find ".$JAVA_DIR" -type f \( -name '*.so' -o -path "*/bin/*" \) | cut -c2-); do
    missing_libs+=$(in_rootfs /lib64/ld-linux-x86-64.so.2 --list "$elf" 2>&1 | grep 'not found' || true)
  done
  [[ -z $missing_libs ]] || die "libraries missing from the base: $missing_libs"

  # --- app layer: jar + AOT cache (Java 25) or AppCDS archive (Java 17) ---------------------------
  mkdir -p "$ROOTFS$APP_DIR"
  cp "$JAR" "$ROOTFS$APP_JAR"
  # CDS and the AOT cache record the jar's mtime: fix every timestamp now, the layers keep them.
  find "$ROOTFS" -exec touch -h -d "@$EPOCH" {} +

  # Training cases, in Kratix mode with the entrypoint's own flags: configure and delete of every
  # example of the four promises (with its profile.yaml, if it has one; the delete without a cluster,
  # so no host clean-up) and configure of a request only SnakeYAML reads (image/training).
  local cases=() dir kind promise n=0
  mkdir -p "$ROOTFS/tmp/train"
  for dir in "$EXAMPLES"/*/; do
    [[ -f $dir/request.yaml ]] || continue
    kind=$(sed -n 's/^kind: *//p' "$dir/request.yaml" | head -n 1)
    case $kind in
      VClusterOrchestratorV2) promise=vcluster-orchestrator-v2 ;;
      ArgoCDProject) promise=argocd-project ;;
      ArgoCDApplication) promise=argocd-application ;;
      ArgoCDClusterRegistration) promise=argocd-cluster-registration ;;
      *) die "example $dir: unknown kind '$kind'" ;;
    esac
    n=$((n + 1))
    cp "$dir/request.yaml" "$ROOTFS/tmp/train/$n.yaml"
    local profile=""
    if [[ -f $dir/profile.yaml ]]; then
      cp "$dir/profile.yaml" "$ROOTFS/tmp/train/$n-profile.yaml"
      profile=":/tmp/train/$n-profile.yaml"
    fi
    cases+=("configure:$promise:/tmp/train/$n.yaml$profile" "delete:$promise:/tmp/train/$n.yaml$profile")
  done
  cp "$HERE/training/snakeyaml-request.yaml" "$ROOTFS/tmp/train/snakeyaml.yaml"
  cases+=("configure:vcluster-orchestrator-v2:/tmp/train/snakeyaml.yaml")
  log "training on ${#cases[@]} pipeline runs ($n examples, configure and delete, + the SnakeYAML request)"

  if [[ $RUNTIME == aot ]]; then
    train_aot_cache
  else
    train_appcds_archive
  fi
  local classload
  for classload in "$ROOTFS"/tmp/train*.classload; do
    if grep -E ' (org\.yaml\.snakeyaml\.introspector|com\.fasterxml\.jackson\.databind\.ext)\.' "$classload" >&2; then
      die "a training run loaded classes of a package left out of the module computation (see UNUSED_PACKAGES_RE)"
    fi
  done

  # The cache (archive) must map with exactly the entrypoint: -XX:AOTMode=on (-Xshare:on) fails
  # instead of running without it; and, in the image's file system without the training files, the
  # app's classes must come from it too (the JVM ignores a cache's app classes, silently, when its
  # class path does not validate).
  rm -rf "$ROOTFS/tmp"/* "$ROOTFS/kratix/output"/* "$ROOTFS/kratix/metadata"/*
  cp "$EXAMPLES/prod-external-etcd/request.yaml" "$ROOTFS/kratix/input/object.yaml"
  local check=() mode_on=-Xshare:on what="AppCDS archive" arg
  [[ $RUNTIME == aot ]] && mode_on=-XX:AOTMode=on what="AOT cache"
  for arg in "${ENTRYPOINT[@]}"; do [[ $arg == -Xshare:auto ]] || check+=("$arg"); done
  in_rootfs KRATIX_WORKFLOW_ACTION=configure KRATIX_WORKFLOW_TYPE=resource KRATIX_PROMISE_NAME=vcluster-orchestrator-v2 \
    "${check[0]}" "$mode_on" -Xlog:class+load=info:file=/tmp/check.classload "${check[@]:1}" 2>"$OUT/check.log" \
    || { cat "$OUT/check.log" >&2; die "the entrypoint does not run with $mode_on (the $what does not load)"; }
  local shared total
  shared=$(grep -c 'source: shared objects file' "$ROOTFS/tmp/check.classload" || true)
  total=$(wc -l <"$ROOTFS/tmp/check.classload")
  ((shared * 10 > total * 9)) || die "only $shared of $total classes of a configure render come from the $what"
  local app_shared app_total
  app_shared=$(grep -c ' tech\.integratn\..* source: shared objects file' "$ROOTFS/tmp/check.classload" || true)
  app_total=$(grep -c ' tech\.integratn\.' "$ROOTFS/tmp/check.classload" || true)
  ((app_total > 0 && app_shared == app_total)) \
    || die "only $app_shared of the render's $app_total application classes come from the $what"
  log "$what: $shared of $total classes of a configure render come from it, all $app_total of the application's among them"
  rm -rf "$ROOTFS/tmp"/* "$ROOTFS/tmp"/.[!.]* "$ROOTFS/kratix/input"/* "$ROOTFS/kratix/output"/* "$ROOTFS/kratix/metadata"/*
  find "$ROOTFS" -exec touch -h -d "@$EPOCH" {} +

  # --- layers, config, manifest, index ----------------------------------------------------------
  local tar_opts=(--sort=name --format=posix --numeric-owner --owner=0 --group=0 --mtime="@$EPOCH"
    --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime)
  local layer_specs=("base:--exclude=./opt/java --exclude=./opt/app ." "runtime:.$JAVA_DIR" "app:.$APP_DIR")
  local spec name paths diff_ids=() layer_json=() blob
  for spec in "${layer_specs[@]}"; do
    name=${spec%%:*}; paths=${spec#*:}
    # shellcheck disable=SC2086
    tar "${tar_opts[@]}" -C "$ROOTFS" -cf "$OUT/layers/$name.tar" $paths
    diff_ids+=("sha256:$(sha "$OUT/layers/$name.tar")")
    gzip -n -6 -c "$OUT/layers/$name.tar" >"$OUT/layers/$name.tar.gz"
    read -r blob size < <(add_blob "$OUT/layers/$name.tar.gz")
    layer_json+=("{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$blob\",\"size\":$size}")
  done
  local created revision
  created=$(date -u -d "@$EPOCH" +%Y-%m-%dT%H:%M:%SZ)
  revision=$(git -C "$HERE" rev-parse HEAD 2>/dev/null || echo unknown)
  local labels="{\"org.opencontainers.image.title\":\"vcluster-orchestrator\",\"org.opencontainers.image.version\":\"$VERSION\",\"org.opencontainers.image.revision\":\"$revision\",\"org.opencontainers.image.description\":\"Kratix pipeline for VClusterOrchestratorV2 requests\"}"
  printf '{"architecture":"amd64","os":"linux","created":"%s","config":{"User":"%s:%s","Entrypoint":%s,"Env":["JAVA_HOME=%s"],"WorkingDir":"/","Labels":%s},"rootfs":{"type":"layers","diff_ids":%s},"history":[{"created":"%s","created_by":"build-image.sh: Debian %s"},{"created":"%s","created_by":"build-image.sh: jlink --add-modules %s"},{"created":"%s","created_by":"build-image.sh: jar + %s"}]}' \
    "$created" "$UID_GID" "$UID_GID" "$(json_array "${ENTRYPOINT[@]}")" "$JAVA_DIR" "$labels" "$(json_array "${diff_ids[@]}")" \
    "$created" "${pkg_versions[*]}" "$created" "$modules" "$created" "$what" >"$OUT/layers/config.json"
  local cfg cfg_size
  read -r cfg cfg_size < <(add_blob "$OUT/layers/config.json")
  local IFS=,
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[%s],"annotations":%s}' \
    "$cfg" "$cfg_size" "${layer_json[*]}" "$labels" >"$OUT/layers/manifest.json"
  unset IFS
  local man man_size
  read -r man man_size < <(add_blob "$OUT/layers/manifest.json")
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"annotations":{"org.opencontainers.image.ref.name":"%s"}}]}' \
    "$man" "$man_size" "$TAG" >"$LAYOUT/index.json"
  printf '{"imageLayoutVersion":"1.0.0"}' >"$LAYOUT/oci-layout"
  find "$LAYOUT" -exec touch -h -d "@$EPOCH" {} +
  tar "${tar_opts[@]}" -C "$LAYOUT" -cf "$OUT/vcluster-orchestrator-image.tar" .

  printf '%s\n' "${ENTRYPOINT[@]}" >"$OUT/entrypoint.args"
  {
    echo "tag=$TAG"
    echo "manifest=sha256:$man"
    echo "config=sha256:$cfg"
    echo "modules=$modules"
    echo "packages=${pkg_versions[*]}"
    echo "rootfs_mb=$(du -sm "$ROOTFS" | cut -f1)"
    echo "compressed_mb=$(du -cm "$OUT"/layers/*.tar.gz | tail -1 | cut -f1)"
    echo "runtime=$RUNTIME $("$RUNTIME_HOME/bin/java" -version 2>&1 | sed -n 's/.*Runtime Environment //p')"
    echo "cache=$(cd "$ROOTFS$APP_DIR" && ls -- *.aot *.jsa 2>/dev/null) $(du -m "$ROOTFS$APP_DIR"/*.aot "$ROOTFS$APP_DIR"/*.jsa 2>/dev/null | cut -f1) MB"
    echo "runtime_mb=$(du -sm "$ROOTFS$JAVA_DIR" | cut -f1)"
    echo "cache_classes=$shared/$total"
  } >"$OUT/image.properties"
  rm -f "$OUT"/layers/*.tar
  log "built $TAG (sha256:$man) in $((SECONDS - started)) s: $OUT/vcluster-orchestrator-image.tar"
  cat "$OUT/image.properties" >&2
}

main "$@"
