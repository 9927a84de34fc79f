#!/usr/bin/env bash
# Renders the enclosure: two STL files to print and the preview PNG used in hardware/README.md.
# Needs OpenSCAD (Debian: apt-get install openscad; headless PNG also needs xvfb).
set -euo pipefail
cd "$(dirname "$0")"
openscad -q -o cadencepod-case.stl -D 'part="case"' cadencepod.scad
openscad -q -o cadencepod-lid.stl -D 'part="lid"' cadencepod.scad
run=""
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then run="xvfb-run -a"; fi
$run openscad -q -o preview.png --imgsize=1000,700 --viewall --autocenter --camera=0,0,0,60,0,35,0 --colorscheme=Tomorrow -D 'part="assembly"' cadencepod.scad
echo "wrote cadencepod-case.stl cadencepod-lid.stl preview.png"
