#!/usr/bin/env bash
# Installs what HubWatch needs from Debian 12's packages, and nothing when all is in place.
# Usage: scripts/install-deps.sh [run|test|bench|package|screenshots]   (the others add what they need)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}

pkgs=(
  build-essential cmake ninja-build pkg-config zlib1g-dev
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qtkeychain-qt6-dev
  libgl-dev libxkbcommon-dev fonts-dejavu-core fonts-wqy-microhei xvfb xauth
)
if [ "$mode" = bench ]; then
  pkgs+=(libbenchmark-dev postgresql)  # the store benchmarks run on both backends
fi
if [ "$mode" = screenshots ]; then
  pkgs+=(xdotool imagemagick)  # real pointer and key events under Xvfb, and the capture
fi
if [ "$mode" = package ]; then
  pkgs+=(dpkg-dev file librsvg2-bin)
fi
if [ "$mode" = test ]; then
  pkgs+=(dbus libglib2.0-bin dunst haskell-status-notifier-item-utils imagemagick curl)
  # Shared history against a real server; packaging checks; fuzzing with clang's libFuzzer.
  pkgs+=(postgresql desktop-file-utils appstream lintian dpkg-dev fakeroot file librsvg2-bin)
  pkgs+=(clang libclang-rt-14-dev clang-format)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm only drive the conformance test; any working install will do.
if [ "$mode" = test ] && ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = test ]; then
  # The official JS client, pinned by package-lock.json, for the conformance test.
  conf=tests/conformance
  if [ -f "$conf/package-lock.json" ] && \
     { [ ! -d "$conf/node_modules/@huggingface/hub" ] || [ "$conf/package-lock.json" -nt "$conf/node_modules/.package-lock.json" ]; }; then
    echo "Installing the conformance test's npm packages"
    npm ci --prefix "$conf" --no-audit --no-fund --loglevel=error
  fi
fi
