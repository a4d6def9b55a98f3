#!/usr/bin/env bash
# Installs the Debian 12 packages Streamwright builds, tests and runs with. Idempotent: when
# every package is already installed it only checks (no apt-get update), so reruns are fast.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config ccache git
  # GUI: Qt 6 (Charts needs the OpenGL dev package), QScintilla, stored secrets
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
  libqscintilla2-qt6-dev qtkeychain-qt6-dev libxkbcommon-dev
  # translations: lupdate/lrelease, Qt's own zh_CN texts for standard dialogs, a CJK font
  qt6-l10n-tools qt6-translations-l10n fonts-wqy-microhei
  # core and runtime libraries
  librdkafka-dev libmysqlcppconn-dev nlohmann-json3-dev libsimdjson-dev libssl-dev libpcre2-dev
  libssh-dev
  # tests and benchmarks, and the services/clients they use
  libgtest-dev libgmock-dev libbenchmark-dev kcat mariadb-server mariadb-client openssl
  # the jump-host test: a real sshd in a network namespace (iproute2 for ip netns)
  openssh-server openssh-client iproute2
  # libFuzzer targets (scripts/fuzz.sh) and the soak benchmark's plot
  clang-14 libclang-rt-14-dev gnuplot-nox
  # headless GUI runs and screenshots
  xvfb xauth imagemagick fonts-dejavu-core
)
# The Flink SQL grammar check needs node and npm. An image may already ship a newer node
# outside Debian's packages; installing Debian's nodejs/npm next to it can conflict.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$package")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo --preserve-env=DEBIAN_FRONTEND)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${packages[@]}"
