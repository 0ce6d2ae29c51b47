#!/usr/bin/env bash
# What the tests need besides npm packages, installed when missing: Debian's Chromium (Playwright never
# downloads a browser), poppler-utils (PDF tests read PDFs back), pandoc and unzip (DOCX tests read Word files
# back), qpdf (the import tests encrypt a PDF), nginx-light (the reverse proxy in front of
# two app instances in e2e/proxy-cluster.spec.ts, which runs its own nginx on its own port) and a
# running PostgreSQL on 127.0.0.1:5432.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
[ -x "${NGINX_PATH:-/usr/sbin/nginx}" ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing ${missing[*]}: install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "installing ${missing[*]} (apt)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
fi
