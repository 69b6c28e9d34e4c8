#!/usr/bin/env bash
# Coverage-guided fuzzing of every EcvetJson document reader with AFL++ and SharpFuzz.
#   fuzz/run.sh [seconds per target] [target...]      (default: 12 seconds, every target; see README.md)
# Installs afl++ (apt) when absent, publishes the harness, instruments Ecvet.Core.dll, seeds each corpus from examples/
# (copied at run time: the original and its compact form), runs afl-fuzz per target, prints one line of statistics per
# target, and exits non-zero when a target saved a crash. Work files go to $FUZZ_WORK (default artifacts/fuzz); a
# second run with FUZZ_RESUME=1 continues from the corpora found so far; FUZZ_JOBS=n runs n targets at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds="${1:-12}"
shift || true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work="${FUZZ_WORK:-$root/artifacts/fuzz}"
bin="$work/bin"
plain="$work/plain"

if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "installing afl++"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi

dotnet tool restore >/dev/null
rm -rf "$bin" "$plain"
dotnet publish fuzz/Ecvet.Core.Fuzz/Ecvet.Core.Fuzz.csproj -c Release -o "$plain" -nologo -v quiet
cp -r "$plain" "$bin"
# Only the library is instrumented: AFL++ then sees the branches of the readers and the domain, not of the runtime.
# The instrumented copy runs only under afl-fuzz (it writes to AFL++'s shared memory); seeding and replaying use the plain one.
dotnet sharpfuzz "$bin/Ecvet.Core.dll"

harness=(dotnet "$plain/Ecvet.Core.Fuzz.dll")
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <("${harness[@]}" list | cut -f1)

# A shared machine has no free core to bind to, and its core_pattern may pipe cores elsewhere: neither matters here.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
fuzz_one() {
  local target=$1 seed dir input stats crashes hangs
  seed=$("${harness[@]}" list | awk -F'\t' -v t="$target" '$1 == t { print $2 }')
  [ -n "$seed" ] || { echo "no target $target" >&2; return 2; }
  dir="$work/$target"
  if [ "${FUZZ_RESUME:-0}" = 1 ] && [ -d "$dir/out/default/queue" ]; then
    input=-
  else
    rm -rf "$dir"
    mkdir -p "$dir/in"
    cp "$seed" "$dir/in/"
    "${harness[@]}" "$target" --seed "$dir/in" "$seed" >/dev/null
    input="$dir/in"
  fi

  # -t: a generous per-input limit (ms): the first input of a run jits the whole reader, and the machine may be loaded.
  # -V: stop after this many seconds.
  afl-fuzz -i "$input" -o "$dir/out" -t "${FUZZ_TIMEOUT_MS:-20000}" -m none -V "$seconds" -- dotnet "$bin/Ecvet.Core.Fuzz.dll" "$target" > "$dir/afl.log" 2>&1 || {
    tail -n 30 "$dir/afl.log" >&2
    return 1
  }

  stats="$dir/out/default/fuzzer_stats"
  value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
  crashes=$(value saved_crashes)
  hangs=$(value saved_hangs)
  printf '%-20s %12s execs %8s exec/s %6s paths %3s crashes %3s hangs  (%s s)\n' "$target" "$(value execs_done)" \
    "$(value execs_per_sec)" "$(value corpus_count)" "$crashes" "$hangs" "$(value run_time)"
  if [ "$hangs" != 0 ]; then
    # A hang under AFL++ on a loaded machine may be the machine: the replay says whether the input is slow by itself.
    echo "inputs of $target over the time limit, replayed:" >&2
    ( time "${harness[@]}" "$target" "$dir/out/default/hangs" ) >&2 || true
  fi

  if [ "$crashes" != 0 ]; then
    echo "crashing inputs of $target, replayed:" >&2
    "${harness[@]}" "$target" "$dir/out/default/crashes" >&2 || true
    return 1
  fi
}

# FUZZ_JOBS targets at a time (default 1).
failed=0
running=0
for target in "${targets[@]}"; do
  if [ "$running" -ge "${FUZZ_JOBS:-1}" ]; then
    wait -n || failed=$((failed + 1))
    running=$((running - 1))
  fi
  fuzz_one "$target" &
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=$((failed + 1))
  running=$((running - 1))
done

[ "$failed" = 0 ] || { echo "fuzzing failed or found crashing inputs in $failed target(s); see $work" >&2; exit 1; }
