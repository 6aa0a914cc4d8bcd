#!/usr/bin/env bash
# Dependency audit: pip check (installed requirements agree), then pip-audit of every installed
# package against the PyPI vulnerability data (the PyPA advisory database, served with each
# release's JSON) with --strict, so a package that could not be looked up fails the audit
# instead of passing silently.
#
#   scripts/audit.sh            # in the project's virtual environment
#
# Exit status: 0 clean; 1 pip check failed or a known vulnerability was found; 3 the audit could
# not reach the vulnerability service (nothing was checked; run the manual command below where
# it can: pip-audit needs https://pypi.org/pypi/NAME/VERSION/json, or https://api.osv.dev with -s osv).
# On the project's build machine (November 2026) the registry proxy answers the per-version JSON
# with 404 for every package (the project-level JSON and the simple index work) and api.osv.dev
# does not resolve, so this exits 3 there after pip check: pip-audit alone would print "No known
# vulnerabilities found" while skipping all 91 packages, hence --strict.
set -uo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python}

echo "== pip check"
"$python" -m pip check || exit 1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
frozen="$work/frozen.txt"
"$python" -m pip freeze --exclude-editable >"$frozen"

# pip-audit runs from its own virtual environment unless it is on PATH: the tool and its
# dependencies stay out of the environment being audited.
audit=(pip-audit)
if ! command -v pip-audit >/dev/null 2>&1; then
  python3 -m venv "$work/audit" && "$work/audit/bin/pip" install -q pip-audit 2>/dev/null || {
    echo "cannot install pip-audit" >&2
    exit 3
  }
  audit=("$work/audit/bin/pip-audit")
fi

echo "== pip-audit ($(wc -l <"$frozen") pinned packages)"
output=$("${audit[@]}" -r "$frozen" --no-deps --disable-pip --strict --progress-spinner off 2>&1)
status=$?
echo "$output" | grep -v -e "encouraged to fully hash" -e "pip-compile"
if [ $status -ne 0 ] && echo "$output" | grep -q -e "not found on PyPI" -e "Connection" -e "Max retries"; then
  cat >&2 <<'MSG'
The vulnerability service could not be reached from here, so nothing was audited.
Run the same audit where https://pypi.org/pypi/NAME/VERSION/json (or https://api.osv.dev) is reachable:
  python -m pip freeze --exclude-editable > frozen.txt && pip-audit -r frozen.txt --no-deps --disable-pip --strict
MSG
  exit 3
fi
exit $status
