#!/usr/bin/env bash
# Fuzzes ListingParser with AFL++ through SharpFuzz (tests/ArticleParser.Fuzz).
#
#   eng/fuzz.sh [SECONDS]        fuzz for SECONDS (default 60), then report and exit
#   eng/fuzz.sh --help           print this text
#
# It installs what it needs (Debian's afl++ with apt-get; the SharpFuzz.CommandLine 2.3.0 .NET tool into
# artifacts/fuzz/tools), publishes the fuzz project in Release, instruments ArticleParser.dll with sharpfuzz,
# seeds a corpus from tests/ArticleParser.Tests/Corpus/{seeds,real}/*.txt and runs afl-fuzz.
#
# Exit codes: 0 no crash or hang found; 1 the fuzzer found a crash or hang (inputs are listed and copied to
# artifacts/fuzz/found/: check each into tests/ArticleParser.Tests/Corpus/fuzz-regressions/ with a test);
# 2 the build or the instrumentation failed, or SECONDS is no whole number above 0; 3 AFL++ is not available here and cannot be installed (nothing ran);
# 4 FUZZ_BUDGET ran out before fuzzing could start; 124 stopped by SIGTERM/SIGINT (afl-fuzz is stopped too).
# Environment: FUZZ_WORK (default artifacts/fuzz) is the work folder; findings stay in $FUZZ_WORK/findings.
# FUZZ_BUDGET=N bounds the whole run, installs and build included, to about N seconds (the fuzzing time shrinks).
set -uo pipefail
usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
esac
if [ $# -gt 1 ] || ! [[ "${1:-60}" =~ ^[0-9]+$ ]] || [ "${1:-60}" -eq 0 ]; then
  echo "fuzz: expected SECONDS, a whole number above 0, got '${*}'" >&2
  echo "usage: eng/fuzz.sh [SECONDS]   (eng/fuzz.sh --help for more)" >&2
  exit 2
fi
seconds=${1:-60}
started=$(date +%s)
root=$(cd "$(dirname "$0")/.." && pwd)
work=${FUZZ_WORK:-$root/artifacts/fuzz}
tools=$work/tools
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
note() { echo "fuzz: $*" >&2; }
afl_pid=
trap '[ -n "$afl_pid" ] && kill -TERM "$afl_pid" 2>/dev/null; note "stopped"; exit 124' TERM INT
mkdir -p "$work" "$tools"

# 1. AFL++ from Debian's packages.
if ! command -v afl-fuzz >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    note "installing afl++ with apt-get"
    { timeout 60 apt-get install -y -q afl++ || { timeout 60 apt-get update -q && timeout 60 apt-get install -y -q afl++; }; } \
      >"$work/apt.log" 2>&1 || note "apt-get could not install afl++ (log: $work/apt.log)"
  fi
fi
if ! command -v afl-fuzz >/dev/null 2>&1; then
  note "afl-fuzz is not available and could not be installed (needs Debian's afl++ and root); nothing was fuzzed"
  exit 3
fi

# 2. The SharpFuzz instrumentation tool.
if [ ! -x "$tools/sharpfuzz" ]; then
  note "installing SharpFuzz.CommandLine 2.3.0"
  timeout 90 dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version 2.3.0 >"$work/tool.log" 2>&1 \
    || { note "could not install SharpFuzz.CommandLine (log: $work/tool.log)"; exit 2; }
fi

# 3. Build the target and instrument the library (only ArticleParser.dll: coverage of the parser, not of the BCL).
rm -rf "$work/bin"
if ! timeout 300 dotnet publish "$root/tests/ArticleParser.Fuzz/ArticleParser.Fuzz.csproj" -c Release -o "$work/bin" >"$work/build.log" 2>&1; then
  note "the fuzz target did not build (log: $work/build.log)"
  exit 2
fi
# Instrumented code reports to AFL's shared memory and cannot run outside afl-fuzz: found inputs are replayed
# with an uninstrumented copy.
rm -rf "$work/bin-replay"
cp -r "$work/bin" "$work/bin-replay"
if ! "$tools/sharpfuzz" "$work/bin/ArticleParser.dll" >"$work/instrument.log" 2>&1; then
  note "sharpfuzz could not instrument ArticleParser.dll (log: $work/instrument.log)"
  exit 2
fi

# 4. The corpus: the seed and real listings (AFL trims and mutates them); a dictionary of the recognizers' words.
rm -rf "$work/corpus" "$work/findings"
mkdir -p "$work/corpus"
for file in "$root"/tests/ArticleParser.Tests/Corpus/seeds/*.txt "$root"/tests/ArticleParser.Tests/Corpus/real/*.txt; do
  cp "$file" "$work/corpus/$(basename "$(dirname "$file")")_$(basename "$file")"
done

# 5. Fuzz. The target runs in one long-lived dotnet process (SharpFuzz's out-of-process loop); dotnet itself is not
#    instrumented, hence AFL_SKIP_BIN_CHECK. A container cannot always set the core pattern or CPU governor.
if [ -n "${FUZZ_BUDGET:-}" ]; then
  left=$((FUZZ_BUDGET - ($(date +%s) - started) - 20)) # 20 s for afl-fuzz to start and stop, and the report
  [ "$left" -lt "$seconds" ] && seconds=$left
  if [ "$seconds" -lt 10 ]; then
    note "the ${FUZZ_BUDGET}s budget was spent on installing and building; nothing was fuzzed"
    exit 4
  fi
fi
note "fuzzing for ${seconds}s"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 \
  AFL_FAST_CAL=1 AFL_IGNORE_UNKNOWN_ENVS=1
afl-fuzz -V "$seconds" -t 10000 -m none -i "$work/corpus" -o "$work/findings" -x "$root/eng/fuzz.dict" \
  -- dotnet "$work/bin/ArticleParser.Fuzz.dll" >"$work/afl.log" 2>&1 &
afl_pid=$!
wait "$afl_pid"
afl_status=$?
afl_pid=

stats="$work/findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  note "afl-fuzz did not start (exit $afl_status); its output:"
  tail -n 40 "$work/afl.log" >&2
  exit 2
fi
stat() { sed -n "s/^$1 *: *//p" "$stats"; }
crashes=$(stat saved_crashes); crashes=${crashes:-$(stat unique_crashes)}
hangs=$(stat saved_hangs); hangs=${hangs:-$(stat unique_hangs)}
echo "fuzz: $(stat run_time)s, $(stat execs_done) executions ($(stat execs_per_sec)/s), corpus $(stat corpus_count), coverage $(stat bitmap_cvg), crashes ${crashes:-0}, hangs ${hangs:-0}"

# 6. Report what was found; replaying each input names the broken promise.
found=0
mkdir -p "$work/found"
for file in "$work"/findings/default/crashes/id:* "$work"/findings/default/hangs/id:*; do
  [ -f "$file" ] || continue
  found=$((found + 1))
  name="fuzz-$(sha256sum "$file" | cut -c1-16).txt"
  cp "$file" "$work/found/$name"
  note "found $name ($(basename "$(dirname "$file")")):"
  timeout 60 dotnet "$work/bin-replay/ArticleParser.Fuzz.dll" "$file" >&2 || true
done
if [ "$found" -gt 0 ]; then
  note "$found crashing or hanging inputs are in $work/found: add them to tests/ArticleParser.Tests/Corpus/fuzz-regressions/"
  exit 1
fi
exit 0
