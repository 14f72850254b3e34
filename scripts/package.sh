#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, makes a Release build in ./build-package
# (without the tests) and runs cpack there. Prints the path of the .deb.
# Install it with: sudo apt-get install ./build-package/hubwatch_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh package
build=${HUBWATCH_PACKAGE_BUILD_DIR:-build-package}
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUBWATCH_BUILD_TESTS=OFF "${launcher[@]}"
cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/hubwatch_*.deb
(cd "$build" && cpack -G DEB)
ls "$PWD/$build"/hubwatch_*.deb
