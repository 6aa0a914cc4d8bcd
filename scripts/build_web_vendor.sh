#!/usr/bin/env bash
# Rebuild the dashboard's vendored front-end libraries (src/marsad/web/static/vendor/) from the
# npm registry. Run at development time only; the output is committed, nothing is fetched at run time.
#   bash scripts/build_web_vendor.sh
# Versions are pinned here; change them here and re-run to upgrade.
set -euo pipefail
cd "$(dirname "$0")/.."
VENDOR=src/marsad/web/static/vendor
WORK=$(mktemp -d /tmp/marsad-web-vendor.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent d3@7.9.0 topojson-client@3.1.0 world-atlas@2.0.2 >/dev/null)
for tgz in "$WORK"/*.tgz; do
  name=$(basename "$tgz" .tgz)
  mkdir -p "$WORK/$name" && tar xzf "$tgz" -C "$WORK/$name"
done

rm -rf "$VENDOR" && mkdir -p "$VENDOR"
# d3: the UMD bundle (global `d3`), minified by its authors.
cp "$WORK"/d3-7.9.0/package/dist/d3.min.js "$VENDOR/d3.min.js"
cp "$WORK"/d3-7.9.0/package/LICENSE "$VENDOR/LICENSE.d3.txt"
# topojson-client: UMD bundle (global `topojson`).
cp "$WORK"/topojson-client-3.1.0/package/dist/topojson-client.min.js "$VENDOR/topojson-client.min.js"
cp "$WORK"/topojson-client-3.1.0/package/LICENSE "$VENDOR/LICENSE.topojson-client.txt"
# world-atlas: Natural Earth 1:110m country outlines as TopoJSON (public domain data, ISC package).
cp "$WORK"/world-atlas-2.0.2/package/countries-110m.json "$VENDOR/countries-110m.json"
cp "$WORK"/world-atlas-2.0.2/package/LICENSE "$VENDOR/LICENSE.world-atlas.txt"

# Record what was copied, with checksums, so a reader can verify the files.
(cd "$VENDOR" && sha256sum d3.min.js topojson-client.min.js countries-110m.json > SHA256SUMS)
echo "vendored into $VENDOR:"
ls -l "$VENDOR"
