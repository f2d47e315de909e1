#!/usr/bin/env bash
# Installs Debian's chromium (and a font with Vietnamese glyphs) where it is missing, for the
# web example's end-to-end test. The test drives /usr/bin/chromium through playwright-core and
# never downloads a browser of its own.
set -euo pipefail
# fc-list's output is read whole first: `grep -q` closing the pipe early would fail it under pipefail.
fonts=$(fc-list 2>/dev/null || true)
if [ -x /usr/bin/chromium ] && grep -qiE 'noto sans|dejavu sans' <<<"$fonts"; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then exec sudo "$0" "$@"; fi
  echo "ensure-chromium: /usr/bin/chromium is missing and this user cannot install it; run as root: apt-get update && apt-get install -y chromium fonts-noto-core" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
