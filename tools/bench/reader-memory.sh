#!/usr/bin/env bash
# Peak memory of the real reader (release `kiosque`) on a corpus, driven in a private tmux server.
#
#   tools/bench/reader-memory.sh CORPUS [CACHE]
#
# CACHE is a folder holding index.sqlite made for CORPUS (`kiosque-bench index CORPUS --keep
# CACHE`), or a cache folder holding kiosque/index.sqlite: a warm start. Without it (or with COLD=1) each run starts from an empty
# cache: the index is built in the background while the reader is used (cold start; long at
# 100,000 articles). Environment: RUNS (default 3), SIZE (default 200x60), TIMEOUT (seconds to
# wait for the index and the entity index, default 1800), SEARCH (the query typed, default
# electricite; lower-case letters, digits and spaces, as tmux sends them one by one).
#
# Each run: start the reader, wait for the list (the time from launching it in tmux to the first
# screen showing it is printed; polled every 10 ms), browse it (j, pages, G, g), open an article and
# read in it, toggle a sector filter (2) on and off, go to the entity view, filter by its first
# entity (f) and wait until the filter no longer says `partial` (the entity index is in and no
# update runs), clear the filters (0), type a search in the prompt (/ then SEARCH, default
# electricite) and wait for its answer (the prompt's count without `…`), keep it (Enter), open
# the first article on its first match (Enter, `Match 1/`), then read VmHWM and VmRSS from
# /proc/PID/status and quit with q. Prints one line per run (with the resident size just before
# the search) and the median, min and max of the peaks. The index copy used by warm runs is the
# caller's; nothing is written into the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:?usage: tools/bench/reader-memory.sh CORPUS [CACHE]}
cache=${2:-}
runs=${RUNS:-3}
size=${SIZE:-200x60}
timeout=${TIMEOUT:-1800}
search=${SEARCH:-electricite}
width=${size%x*}
height=${size#*x}
binary=$PWD/.build/release/kiosque
[ -x "$binary" ] || swift build -c release --product kiosque >&2
[ -f "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
corpus=$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")
socket=kiosque-memory-$$
work=$(mktemp -d)
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if [ -n "$cache" ] && [ -z "${COLD:-}" ]; then
    cache=$(cd "$cache" && pwd)
    if [ -f "$cache/index.sqlite" ]; then
        # The layout of `kiosque-bench index --keep`: a cache folder whose kiosque/ is it.
        mkdir -p "$work/cache" && ln -s "$cache" "$work/cache/kiosque" && cache=$work/cache
    fi
    [ -f "$cache/kiosque/index.sqlite" ] || { echo "no index.sqlite in $cache or $cache/kiosque" >&2; exit 1; }
    mode=warm
else
    mode=cold
fi

screen() { tmux -L "$socket" capture-pane -p -t 0 2>/dev/null; }
keys() { tmux -L "$socket" send-keys -t 0 "$@"; }
# wait_for WHAT SECONDS GREP-PATTERN [INVERT]: polls the screen until the pattern shows (or not).
wait_for() {
    local what=$1 seconds=$2 pattern=$3 invert=${4:-}
    local deadline=$((SECONDS + seconds))
    while [ $SECONDS -lt $deadline ]; do
        if [ -z "$invert" ]; then
            screen | grep -q -- "$pattern" && return 0
        else
            screen | grep -q -- "$pattern" || return 0
        fi
        sleep 0.2
    done
    echo "timed out waiting for $what; screen:" >&2
    screen >&2
    return 1
}
field() { awk -v f="$1:" '$1 == f { print $2 }' "/proc/$2/status"; }

peaks=()
for run in $(seq 1 "$runs"); do
    xdg=$work/run-$run
    mkdir -p "$xdg/data" "$xdg/state" "$xdg/config" "$xdg/cache"
    if [ $mode = warm ]; then cache_home=$cache; else cache_home=$xdg/cache; fi
    start=$SECONDS
    launched=$(date +%s%N)
    tmux -L "$socket" -f /dev/null new-session -d -x "$width" -y "$height" \
        "exec env LANG=C.UTF-8 TERM=tmux-256color XDG_DATA_HOME=$xdg/data XDG_STATE_HOME=$xdg/state XDG_CONFIG_HOME=$xdg/config XDG_CACHE_HOME=$cache_home $binary $corpus"
    pid=$(tmux -L "$socket" display-message -p -t 0 '#{pane_pid}')
    # The first screen with the list, polled every 10 ms (tmux's own delays included).
    first=""
    while [ $((SECONDS - start)) -lt 120 ]; do
        if screen | grep -q 'Articles ([0-9]'; then first=$(( ($(date +%s%N) - launched) / 1000000 )); break; fi
        sleep 0.01
    done
    [ -n "$first" ] || wait_for "the list" 1 'Articles ([0-9]'
    keys j j j j j j j j j j PageDown PageDown PageDown PageDown G g
    keys j j Enter
    sleep 0.5
    keys j j j j j j j j j j PageDown PageDown PageUp
    keys Escape 2
    sleep 0.5
    keys 2
    keys Tab E
    sleep 0.3
    keys f
    wait_for "the entity filter" 60 'Articles ([0-9,]*/'
    wait_for "the entity index and the end of the update" "$timeout" 'partial' invert
    before=$(field VmRSS "$pid")
    # A search, typed key by key, kept as the list's filter, and the first article on its match.
    keys 0
    wait_for "the whole list" 30 'Articles ([0-9,]*) '
    keys /
    wait_for "the search prompt" 30 '^Search:'
    keys -l "$search"
    wait_for "the search's answer" 120 "· /$search ─"
    wait_for "the prompt's count" 60 'articles…\|searching…' invert
    count=$(screen | grep -o 'Articles ([0-9,]*/[0-9,]*' | head -1)
    keys Enter
    wait_for "the search kept" 30 '^Search:' invert
    keys Enter
    wait_for "the first match" 60 'Match 1/'
    hwm=$(field VmHWM "$pid")
    rss=$(field VmRSS "$pid")
    keys q
    wait_for "the end" 30 'Articles' invert || true
    tmux -L "$socket" kill-server 2>/dev/null || true
    echo "run $run ($mode): VmHWM $((hwm / 1024)) MB, VmRSS $((before / 1024)) MB before the search and $((rss / 1024)) MB at the end, list on screen after $first ms, $((SECONDS - start)) s in all, /$search: $count"
    peaks+=("$((hwm / 1024))")
done
sorted=$(printf '%s\n' "${peaks[@]}" | sort -n)
n=${#peaks[@]}
median=$(echo "$sorted" | sed -n "$(( (n + 1) / 2 ))p")
echo "peak resident memory ($mode start, $n runs): median $median MB, min $(echo "$sorted" | head -1) MB, max $(echo "$sorted" | tail -1) MB"
