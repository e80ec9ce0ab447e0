#!/usr/bin/env bash
# Debian/Ubuntu packages the program and its tests need on Linux: a CJK font (Chinese must
# never print as boxes), the libraries Qt's xcb/offscreen platforms load, Xvfb for screenshots
# and poppler for looking at PDFs. Installs only what is missing; needs root or sudo.
set -euo pipefail
packages=(
  fonts-wqy-microhei fonts-wqy-zenhei
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xkb1 libxrender1 libxi6 libsm6 libice6
  xvfb xauth poppler-utils
)
command -v dpkg-query >/dev/null 2>&1 || { echo "not a Debian-based system: install a CJK font and Qt's libraries by hand" >&2; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
  echo "missing system packages (run as root): ${missing[*]}" >&2; exit 1; fi
echo "installing system packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
