#!/usr/bin/env bash
# The browser tests drive real browsers: Chromium (CHROME_PATH, else Debian's /usr/bin/chromium) and
# Firefox ESR (FIREFOX_PATH, else Debian's /usr/bin/firefox-esr). Installs the Debian packages when missing.
set -euo pipefail

missing=()
check() { # env-var default-path debian-package
  local given="${!1:-}"
  if [ -n "$given" ]; then
    [ -x "$given" ] || { echo "$1=$given is not an executable." >&2; exit 1; }
  elif [ ! -x "$2" ]; then
    missing+=("$3")
  fi
}
check CHROME_PATH /usr/bin/chromium chromium
check FIREFOX_PATH /usr/bin/firefox-esr firefox-esr
[ "${#missing[@]}" -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Missing ${missing[*]} and no apt-get: install them and set CHROME_PATH / FIREFOX_PATH." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing Debian's ${missing[*]} for the browser tests…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" fonts-liberation >/dev/null
