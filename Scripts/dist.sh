#!/usr/bin/env bash
# Builds the static copydesk and lays out the one folder to ship:
#   DIST/copydesk                                the binary (Swift runtime inside)
#   DIST/Copydesk_Copydesk.resources/            the engine's word lists   } found beside
#   DIST/Copydesk_CopydeskStages.resources/      models and tables        } the binary
#   DIST/Pipelines/                              the bundled pipelines
# and DIST.tar.gz of it (for Spark's --archives). The binary needs only the
# system's libc, libstdc++, zlib, libzstd and libsqlite3.
# Usage: Scripts/dist.sh [DIST]   (default dist/copydesk-linux-ARCH)
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist/copydesk-linux-$(uname -m)}
swift build -c release --static-swift-stdlib --scratch-path .build-static --product copydesk
BUILT=$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)
rm -rf "$DIST"
mkdir -p "$DIST"
cp "$BUILT/copydesk" "$DIST/"
cp -R "$BUILT/Copydesk_Copydesk.resources" "$BUILT/Copydesk_CopydeskStages.resources" "$DIST/"
cp -R Pipelines "$DIST/"
tar -czf "$DIST.tar.gz" -C "$DIST" .
echo "$DIST ($(du -sh "$DIST" | cut -f1)) and $DIST.tar.gz"
