#!/bin/sh
# Every goal of issue 17 at one size, from nothing: generate a corpus of COUNT articles, index it
# cold (articles/s, index bytes per article), then time the reader on it (warm open to the first
# full screen, peak memory with the entity index and the searches, search as you type as the event
# loop takes it, list and reader key to frame).
#   tools/bench/scale.sh 100000          # about 5 minutes on 2 cores
#   tools/bench/scale.sh 1000000         # about half an hour (the cold index), 4 GB of JSONL, 5 GB of index
# DIR (default /tmp/kiosque-scale-COUNT) keeps the corpus and the index: a second run skips both
# and times the reader alone. Never under the repository.
set -eu
count=${1:-100000}
dir=${2:-/tmp/kiosque-scale-$count}
cd "$(dirname "$0")/../.."
swift build -c release --product kiosque-bench >/dev/null
bench=.build/release/kiosque-bench
mkdir -p "$dir"
if [ ! -f "$dir/corpus.jsonl" ]; then
    "$bench" generate --count "$count" --output "$dir/corpus.jsonl"
fi
if [ ! -f "$dir/index/index.sqlite" ]; then
    "$bench" index "$dir/corpus.jsonl" --cold-runs 1 --warm-runs 1 --keep "$dir/index"
fi
"$bench" reader "$dir/corpus.jsonl" --cache "$dir/index" --runs 5 --keys 2000 --search-runs 10
