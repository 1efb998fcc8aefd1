#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Campus Twin needs, or say exactly which are missing.
#
#   offscreen OpenGL (Mesa EGL), fonts, Qt's runtime libraries, an X server for tests (Xvfb),
#   the Mosquitto MQTT broker the live-data tests start, and python3-venv.
#
# Run as root it installs what is missing (apt-get); otherwise it prints the apt line to run.
set -euo pipefail

PACKAGES=(
  # offscreen rendering (tests, snapshots, video) -- shared/design/headless.md
  libegl1 libegl-mesa0 libgl1-mesa-dri libgl1 libglib2.0-0 libfontconfig1 libfreetype6
  libdbus-1-3 libxkbcommon0 fonts-dejavu-core
  # a real X window or Xvfb
  xvfb xauth libglx-mesa0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0
  libxcb-xfixes0 libxkbcommon-x11-0 libxcursor1
  # the MQTT broker used by the live-data tests and by 'twin listen' demos
  mosquitto mosquitto-clients
  # real readers the export tests check files with: ffprobe (MP4/GIF), pdfinfo and pdftoppm (PDF)
  ffmpeg poppler-utils
)
# Debian's own python3 needs python3-venv to create the project's virtual environment.
if [ "$(command -v python3)" = "/usr/bin/python3" ]; then
  PACKAGES+=(python3-venv python3-pip)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian/Ubuntu system; install the equivalents of: ${PACKAGES[*]}" >&2
  exit 0
fi

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "install-system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "install-system-deps: installing ${missing[*]} with sudo"
  sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "install-system-deps: these system packages are missing. Run:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
