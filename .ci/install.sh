#!/usr/bin/env bash
# Installs the tools the test suite needs, when they are missing: Go 1.23 (the default) and Go
# 1.22 (Debian bookworm-backports), OpenSSH server and client (ssh -G, ssh-agent, ssh-add),
# iproute2 (ss: the ProxyJump test's proof), qemu-user-static, binutils, file, gcc, git, Delve
# (dlv), Debian's arm64 and armhf cross gcc with their C libraries (cgo cross-build tests), Debian
# 13's cosign (provenance tests) and Go 1.24 (the Go-versions suite) unpacked into their own
# directory, the Dev Containers CLI (generated devcontainer.json files) from npm, and the ARM64
# build host (.ci/arm64-host.sh).
set -euo pipefail

need=()
[ -x /usr/lib/go-1.23/bin/go ] || need+=(golang-1.23-go)
[ -x /usr/lib/go-1.22/bin/go ] || need+=(golang-1.22-go)
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v file >/dev/null 2>&1 || need+=(file)
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
command -v ssh-agent >/dev/null 2>&1 || need+=(openssh-client)
command -v ss >/dev/null 2>&1 || need+=(iproute2)
command -v qemu-aarch64-static >/dev/null 2>&1 || need+=(qemu-user-static)
command -v readelf >/dev/null 2>&1 || need+=(binutils)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
command -v git >/dev/null 2>&1 || need+=(git)
command -v dlv >/dev/null 2>&1 || need+=(delve)
command -v aarch64-linux-gnu-gcc >/dev/null 2>&1 || need+=(gcc-aarch64-linux-gnu)
[ -f /usr/aarch64-linux-gnu/include/stdio.h ] || need+=(libc6-dev-arm64-cross)
command -v arm-linux-gnueabihf-gcc >/dev/null 2>&1 || need+=(gcc-arm-linux-gnueabihf)
[ -f /usr/arm-linux-gnueabihf/include/stdio.h ] || need+=(libc6-dev-armhf-cross)
command -v qemu-arm-static >/dev/null 2>&1 || need+=(qemu-user-static)
[ -x /usr/sbin/nginx ] || need+=(nginx-light) # WebDAV PUT: the HTTP build cache tests' server

# cosign (provenance tests' oracle) and Go 1.24 (the Go-versions suite) are not in bookworm:
# Debian 13's packages (cosign is a static Go binary; Go finds its GOROOT from the binary's
# location) are fetched with apt pointed at a private sources list and unpacked into
# $trixie_dir/root, so nothing under /etc/apt changes and nothing is installed system-wide.
trixie_dir=${GOCROSSBUILD_TRIXIE:-/opt/gocrossbuild/trixie}
trixie=()
[ -x "$trixie_dir/root/usr/bin/cosign" ] || trixie+=(cosign)
[ -x "$trixie_dir/root/usr/lib/go-1.24/bin/go" ] && [ -d "$trixie_dir/root/usr/share/go-1.24/src" ] \
  || trixie+=(golang-1.24-go golang-1.24-src)
if [ ${#trixie[@]} -gt 0 ]; then
  mkdir -p "$trixie_dir/lists/partial" "$trixie_dir/root" "$trixie_dir/debs"
  src=$(grep -l -E '^URIs:.*debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1 || true)
  if [ -z "$src" ]; then
    echo "install: no Debian deb822 entry under /etc/apt/sources.list.d to take the archive from" >&2
    exit 1
  fi
  uris=$(awk '/^URIs:/ && $2 ~ /debian\/?$/ {print $2; exit}' "$src")
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uris trixie main" \
    > "$trixie_dir/sources.list"
  o=(-o "Dir::Etc::SourceList=$trixie_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
     -o "Dir::State::Lists=$trixie_dir/lists")
  apt-get "${o[@]}" update -qq
  for p in "${trixie[@]}"; do
    rm -f "$trixie_dir"/debs/"${p}"_*.deb
    (cd "$trixie_dir/debs" && apt-get "${o[@]}" -o APT::Sandbox::User=root download -qq "$p")
    for f in "$trixie_dir"/debs/"${p}"_*.deb; do dpkg-deb -x "$f" "$trixie_dir/root"; done
    echo "install: $p $(dpkg-deb -f "$trixie_dir"/debs/"${p}"_*.deb Version) in $trixie_dir/root"
  done
fi

command -v npm >/dev/null 2>&1 || need+=(npm)

install_missing() {
  if [ ${#need[@]} -eq 0 ]; then
    echo "install: everything present"
    return 0
  fi

  export DEBIAN_FRONTEND=noninteractive
  list=/etc/apt/sources.list.d/bookworm-backports.sources
  if [ ! -f "$list" ]; then
    # Copy URIs and Signed-By from the existing Debian main entry.
    src=$(grep -l -E '^URIs:.*debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1 || true)
    if [ -z "$src" ]; then
      echo "install: no Debian deb822 entry under /etc/apt/sources.list.d to copy for backports" >&2
      exit 1
    fi
    uris=$(awk '/^URIs:/ && $2 ~ /debian\/?$/ {print $2; exit}' "$src")
    keyring=$(awk '/^Signed-By:/ {print $2; exit}' "$src")
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: %s\n' \
      "$uris" "$keyring" > "$list"
  fi
  apt-get update -qq
  apt-get install -y -qq -t bookworm-backports "${need[@]}" >/dev/null
  echo "install: installed ${need[*]}"
}
install_missing

# The Dev Containers CLI (npm's @devcontainers/cli) reads the generated devcontainer.json files in
# the tests, as VS Code's Dev Containers extension does; after apt, which may have brought npm.
dc_dir=${GOCROSSBUILD_DEVCONTAINER_CLI:-/opt/gocrossbuild/devcontainers-cli}
if [ ! -x "$dc_dir/node_modules/.bin/devcontainer" ]; then
  mkdir -p "$dc_dir"
  (cd "$dc_dir" && npm install --no-audit --no-fund --loglevel=error @devcontainers/cli@0.89.0 >/dev/null)
  echo "install: @devcontainers/cli 0.89.0 in $dc_dir"
fi

# The native ARM64 build host of the ssh tests: a Debian arm64 userland run through qemu-user
# (about 5 minutes the first time, then reused).
bash "$(dirname "$0")/arm64-host.sh"
