#!/usr/bin/env bash
# Feeds and pages (issue 13): `kiosque convert` beside trafilatura and readability-lxml on the
# development sets of ../shared/ingest, in one run, and feeds beside feedparser.
#
#   tools/bench/ingest.sh [KIOSQUE_BINARY]
#
# Environment: WORK (where pages are unpacked and outputs written, default /tmp/kiosque-ingest),
# ANCHORS_VENV (a throwaway virtual environment with trafilatura 2.3.1 and readability-lxml from
# PyPI, created when missing; default /tmp/kiosque-anchors-venv). Prints, for each page set, the
# wall time of the whole `convert` command on one core (best of 3, start-up included) as pages/s,
# its F1, then the anchors' pages/s (best of 3 rounds) and F1; then the feeds agreement.
# Nothing is written into the repository; the anchors are never a dependency of Kiosque.
set -euo pipefail
cd "$(dirname "$0")/../.."
ingest=../shared/ingest
work=${WORK:-/tmp/kiosque-ingest}
venv=${ANCHORS_VENV:-/tmp/kiosque-anchors-venv}
[ -d "$ingest" ] || { echo "no $ingest (../shared/ingest)" >&2; exit 1; }
if [ $# -ge 1 ]; then kiosque=$1; else
    swift build -c release --product kiosque >&2
    kiosque=.build/release/kiosque
fi
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import trafilatura, readability' 2>/dev/null; then
    echo "creating $venv (trafilatura 2.3.1, readability-lxml from PyPI)..." >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip
    "$venv/bin/pip" install -q trafilatura==2.3.1 readability-lxml lxml_html_clean
fi
[ -d "$work/pages-body" ] || "$ingest/prepare.sh" "$work" >&2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/c XDG_DATA_HOME=$home/d XDG_STATE_HOME=$home/s XDG_CACHE_HOME=$home/k

for set in body snippets; do
    python3 - "$kiosque" "$work/pages-$set" "$work/$set.jsonl" <<'PY'
import os, subprocess, sys, time
kiosque, folder, out = sys.argv[1:4]
pages = sum(name.endswith(".html") for name in os.listdir(folder))
best = None
for _ in range(3):
    start = time.perf_counter()
    with open(out, "wb") as sink:
        subprocess.run(["taskset", "-c", "0", kiosque, "convert", folder], stdout=sink, stderr=subprocess.DEVNULL, check=True)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(f"kiosque convert, {os.path.basename(folder)}: {pages} pages, best of 3 {best:.3f} s wall on one core: {pages / best:.1f} pages/s")
PY
    "$venv/bin/python" "$ingest/anchors.py" "$work/pages-$set" "$work/anchors-$set" --repeat 3
done
for tool in "" anchors-body/trafilatura anchors-body/readability; do
    pred=$work/${tool:-body}.jsonl
    printf '%-28s ' "${tool:-kiosque} (body)"; python3 "$ingest/score_body.py" "$ingest/pages-body/ground-truth.json" "$pred"
done
for tool in "" anchors-snippets/trafilatura anchors-snippets/readability; do
    pred=$work/${tool:-snippets}.jsonl
    printf '%-28s ' "${tool:-kiosque} (snippets)"; python3 "$ingest/score_snippets.py" "$ingest/pages-snippets/evaldata.json" "$pred"
    printf '%-28s ' "${tool:-kiosque} (French)"; python3 "$ingest/score_snippets.py" "$ingest/pages-snippets/evaldata.json" "$pred" --only "$ingest/pages-snippets/fr.json"
done
python3 "$ingest/compare_feeds.py" "$kiosque" "$ingest/feeds/files" "$ingest/feeds/expected.json" > "$work/feeds.txt"
sed -n "1,/^disagreements/p" "$work/feeds.txt"
echo "every feed disagreement: $work/feeds.txt"
