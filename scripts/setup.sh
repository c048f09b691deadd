#!/usr/bin/env bash
# Sets up everything mailbot and its tests need on a fresh Debian 12 machine (run as root, or with sudo):
# the Debian packages (Dovecot, Chromium, LibreOffice, ...) and a virtualenv in .venv with mailbot installed.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  dovecot-imapd dovecot-lmtpd          # real IMAP server for the demo and the tests
  swaks mutt libnet-ssleay-perl        # real mail clients acting as trading partners in tests
  postfix                              # real MTA between those clients, Dovecot and the SMTP sink (tests/e2e)
  chromium chromium-driver             # headless browser for the review-queue and digest tests
  libreoffice-writer-nogui libreoffice-calc-nogui  # real office PDFs for the labelled corpus
  postgresql                           # real PostgreSQL for the database tests
  poppler-utils openssl ca-certificates fonts-noto-cjk
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-chi-sim  # OCR of scans
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # Never let package scripts start system daemons on ports 25/143/993 (no init system here anyway).
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
  fi
  echo "setup: installing Debian packages: ${missing[*]}"
  # Postfix's package asks how to configure the system MTA; "No configuration" leaves /etc/postfix
  # unused (the tests start their own private instance) and keeps apt non-interactive.
  if [[ " ${missing[*]} " == *" postfix "* ]]; then
    echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -U pip >/dev/null
echo "setup: installing mailbot and its test dependencies into .venv"
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev,postgres]'
echo "setup: done"
