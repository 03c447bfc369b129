#!/usr/bin/env bash
# Times a warm `mvn package` of examples/sidecar-service (gocrossbuild-maven-plugin builds, proves,
# smoke-tests and attaches linux/arm64 and linux/amd64) against the same project's raw loop: the
# same two `go build` argv the plugin logs, each followed by the same `-version` smoke run (native
# or qemu-aarch64-static). Also times `mvn package -Dgocrossbuild.skip` (Maven alone), so the line
# "plugin vs Maven + raw loop" is the plugin's own overhead. Prints medians and the ratios.
#
# Usage: benchmarks/scripts/maven-plugin.sh [pairs]   (default 7, after one untimed round)
# Needs the plugin resolvable by Maven (`mvn install -DskipTests` first, as the README says), or
# extra Maven options in MVN_OPTS_EXTRA, e.g. a private local repository:
#   MVN_OPTS_EXTRA="-s maven-plugin/target/it/settings.xml -Dmaven.repo.local=$PWD/maven-plugin/target/it-repo"
set -euo pipefail
cd "$(dirname "$0")/../.."
pairs=${1:-7}
project=examples/sidecar-service
module=examples/go/hello-service
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n1)
go=$(command -v go)
# shellcheck disable=SC2206
extra=(${MVN_OPTS_EXTRA:-})

now() { date +%s%N; }
mvn_package() { mvn -o -q -B -ntp "${extra[@]}" -f "$project/pom.xml" package "$@" >/dev/null; }
raw_loop() {
  for arch in arm64 amd64; do
    (cd "$module" && CGO_ENABLED=0 GOOS=linux GOARCH=$arch "$go" build -trimpath \
      "-ldflags=-s -w -X main.version=$version" -o "$out/hello-service-linux-$arch" .)
  done
  qemu-aarch64-static "$out/hello-service-linux-arm64" -version >/dev/null
  "$out/hello-service-linux-amd64" -version >/dev/null
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

mvn_package; mvn_package -Dgocrossbuild.skip; raw_loop   # untimed: warm every cache
plugin=(); skip=(); raw=()
for ((i = 0; i < pairs; i++)); do
  t=$(now); mvn_package; plugin+=($(( ($(now) - t) / 1000000 )))
  t=$(now); raw_loop; raw+=($(( ($(now) - t) / 1000000 )))
  t=$(now); mvn_package -Dgocrossbuild.skip; skip+=($(( ($(now) - t) / 1000000 )))
done
p=$(printf '%s\n' "${plugin[@]}" | median)
r=$(printf '%s\n' "${raw[@]}" | median)
s=$(printf '%s\n' "${skip[@]}" | median)
echo "warm mvn package with the plugin:            ${p} ms (median of $pairs: ${plugin[*]})"
echo "raw go build loop (2 targets + smoke runs):  ${r} ms (${raw[*]})"
echo "mvn package -Dgocrossbuild.skip:             ${s} ms (${skip[*]})"
awk -v p="$p" -v r="$r" -v s="$s" 'BEGIN {
  printf "ratio plugin / raw go build loop:           %.2f\n", p / r
  printf "ratio plugin / (Maven alone + raw loop):    %.3f (plugin own time %d ms)\n", p / (s + r), p - s - r
}'
