#!/usr/bin/env bash
# Configures (once) and builds HubWatch with Ninja into ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${HUBWATCH_BUILD_DIR:-build}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
