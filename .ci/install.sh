#!/usr/bin/env bash
# Installs the tools the test suite needs, when they are missing: Go 1.23 (Debian
# bookworm-backports), OpenSSH server, qemu-user-static and binutils.
set -euo pipefail

need=()
[ -x /usr/lib/go-1.23/bin/go ] || need+=(golang-1.23-go)
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v file >/dev/null 2>&1 || need+=(file)
command -v ssh-keygen >/dev/null 2>&1 || need+=(openssh-client)
command -v qemu-aarch64-static >/dev/null 2>&1 || need+=(qemu-user-static)
command -v readelf >/dev/null 2>&1 || need+=(binutils)
command -v gcc >/dev/null 2>&1 || need+=(gcc)

if [ ${#need[@]} -eq 0 ]; then
  echo "install: everything present"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
list=/etc/apt/sources.list.d/bookworm-backports.sources
if [ ! -f "$list" ]; then
  # Copy URIs and Signed-By from the existing Debian main entry.
  src=$(grep -l -E '^URIs:.*debian/?$' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1 || true)
  uris=http://deb.debian.org/debian
  keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  if [ -n "$src" ]; then
    uris=$(awk '/^URIs:/ && $2 ~ /debian\/?$/ {print $2; exit}' "$src")
    keyring=$(awk '/^Signed-By:/ {print $2; exit}' "$src")
  fi
  printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: %s\n' \
    "$uris" "$keyring" > "$list"
fi
apt-get update -qq
apt-get install -y -qq -t bookworm-backports "${need[@]}" >/dev/null
echo "install: installed ${need[*]}"
