#!/usr/bin/env bash
# Prepares the native ARM64 build host of the ssh tests on this x86-64 machine, once: a Debian 12
# arm64 userland (debootstrap, minbase + gcc + libc6-dev) run through qemu-user via binfmt_misc,
# with arm64 Go 1.23 from bookworm-backports unpacked in /opt/go-arm64 inside it (off the usual Go
# install places, so a test sshd without it on PATH is a host with no Go at all), and arm64 Go 1.24
# from Debian 13 in /opt/go124-arm64 (for GOCACHEPROG). The tests start
# an OpenSSH sshd with `ChrootDirectory` on it: `uname -m` says aarch64 and `go env GOHOSTARCH`
# arm64 in its sessions. Idempotent: what is there is reused; the binfmt entry and /proc are
# re-made after a reboot. Needs root. Usage: .ci/arm64-host.sh [root-dir]
set -euo pipefail

start=$(date +%s)
root=${1:-${GOCROSSBUILD_ARM64_ROOT:-/opt/gocrossbuild/arm64-root}}
suite=bookworm
export DEBIAN_FRONTEND=noninteractive

need=()
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
[ -f /usr/lib/binfmt.d/qemu-aarch64.conf ] || need+=(qemu-user-static)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
  echo "arm64-host: installed ${need[*]}"
fi

# binfmt_misc: arm64 ELF files run through qemu-aarch64 (the F flag keeps the interpreter open, so
# it works inside the chroot too).
mountpoint -q /proc/sys/fs/binfmt_misc || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
[ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] \
  || cat /usr/lib/binfmt.d/qemu-aarch64.conf > /proc/sys/fs/binfmt_misc/register

src=$(grep -l -E '^URIs:.*debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1 || true)
if [ -z "$src" ]; then
  echo "arm64-host: no Debian deb822 entry under /etc/apt/sources.list.d to take the archive from" >&2
  exit 1
fi
uris=$(awk '/^URIs:/ && $2 ~ /debian\/?$/ {print $2; exit}' "$src")

if [ ! -x "$root/usr/bin/gcc" ] || [ ! -f "$root/usr/include/stdio.h" ]; then
  # Into a side directory, renamed when complete: an interrupted run starts over.
  rm -rf "$root.partial"
  mkdir -p "$(dirname "$root")"
  debootstrap --arch=arm64 --variant=minbase --include=gcc,libc6-dev "$suite" "$root.partial" \
    "$uris" > "$root.debootstrap.log" 2>&1 \
    || { tail -n 20 "$root.debootstrap.log" >&2; exit 1; }
  rm -rf "$root"
  mv "$root.partial" "$root"
  echo "arm64-host: Debian $suite arm64 userland in $root"
fi

# Unpacks arm64 golang-<version>-go and -src from a suite into <root>/opt/<dir>, unless there.
# apt is pointed at a private sources list and state (<root>.<dir>.apt), for arm64 only: nothing
# under /etc/apt changes, and the host's own architecture list is left alone.
arm64_go() {
  local version=$1 suite_line=$2 dir=$3
  local dest=$root/opt/$dir state=$root.$dir.apt
  [ -x "$dest/usr/lib/go-$version/bin/go" ] && return 0
  mkdir -p "$state/lists/partial" "$state/debs"
  echo "deb [arch=arm64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uris $suite_line" \
    > "$state/sources.list"
  local o=(-o "Dir::Etc::SourceList=$state/sources.list" -o Dir::Etc::SourceParts=/dev/null
     -o "Dir::State::Lists=$state/lists" -o APT::Architecture=arm64 -o APT::Architectures=arm64)
  apt-get "${o[@]}" update -qq
  rm -f "$state"/debs/*.deb
  (cd "$state/debs" && apt-get "${o[@]}" -o APT::Sandbox::User=root download -qq \
    "golang-$version-go" "golang-$version-src")
  rm -rf "$dest.partial"
  mkdir -p "$dest.partial"
  for f in "$state"/debs/*.deb; do dpkg-deb -x "$f" "$dest.partial"; done
  rm -rf "$dest"
  mv "$dest.partial" "$dest"
  echo "arm64-host: golang-$version-go $(dpkg-deb -f "$state"/debs/golang-"$version"-go_*.deb Version) (arm64) in $dest"
}

arm64_go 1.23 "$suite-backports main" go-arm64
# Go 1.24 from Debian 13 (trixie) has GOCACHEPROG; a static Go that runs on the bookworm userland
# (GOROOT is found from the binary's place).
arm64_go 1.24 "trixie main" go124-arm64

# Go reads /proc/self/exe; the shells and compilers need /dev (debootstrap made the nodes).
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
mkdir -p "$root/run/sshd"

echo "arm64-host: ready in $(( $(date +%s) - start )) s: $(chroot "$root" uname -m)," \
  "$(chroot "$root" /opt/go-arm64/usr/lib/go-1.23/bin/go version)," \
  "$(chroot "$root" /opt/go124-arm64/usr/lib/go-1.24/bin/go version)," \
  "gcc $(chroot "$root" gcc -dumpmachine)"
