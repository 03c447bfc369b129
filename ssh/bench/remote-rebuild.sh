#!/usr/bin/env bash
# Warm remote rebuild through GoCrossBuild's SshBuildHost vs `ssh host 'cd dir && go build' && scp`
# with OpenSSH, and bytes sent after a one-file change vs `rsync -az` (when rsync is installed),
# all against a throwaway sshd on 127.0.0.1 started by the test fixture.
# Usage: ssh/bench/remote-rebuild.sh [rounds]   (needs openssh-server, golang-1.23-go; root)
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="/usr/lib/go-1.23/bin:$PATH" GOTOOLCHAIN=local
mvn -q -o -pl ssh -am test-compile -DskipTests >/dev/null
cp=$(mvn -q -o -pl ssh dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=/dev/stdout)
cd ssh
java -cp "target/test-classes:target/classes:../core/target/classes:$cp" \
  io.github.gocrossbuild.ssh.RemoteRebuildBench "${1:-10}"
