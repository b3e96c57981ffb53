#!/usr/bin/env bash
# Runs one set of the ArticleParser benchmarks from the repository root and copies BenchmarkDotNet's
# GitHub-markdown reports, the console log, the wall time and the machine's load during the run to
# artifacts/benchmarks/<set>/ (not committed). With --commit they go to benchmarks/results/<set>/ instead,
# replacing the committed results there: do that only for a run meant to be quoted.
#
#   benchmarks/run-benchmarks.sh short   # 3KB/1MB/10MB + multi-file ingestion, ShortRun job (a few minutes)
#   benchmarks/run-benchmarks.sh large   # 100MB, ShortRun job
#   benchmarks/run-benchmarks.sh medium  # 3KB/1MB/10MB against the minimal scanner, MediumRun job (the ratios to quote)
#   benchmarks/run-benchmarks.sh hostile # hostile shapes at 400 KB and 1.6 MB, ShortRun job
#   benchmarks/run-benchmarks.sh parallel # 200 files on one thread and on all cores, MediumRun job (run it on a quiet machine)
#   benchmarks/run-benchmarks.sh full    # everything, BenchmarkDotNet's default job (long)
#   benchmarks/run-benchmarks.sh smoke   # each parse benchmark once, Dry job: do they build and run? (CI runs it)
#   benchmarks/run-benchmarks.sh --commit medium   # the same, written over benchmarks/results/medium/
#   benchmarks/run-benchmarks.sh --help  # the sets, the jobs, the options and where the results go
set -euo pipefail
cd "$(dirname "$0")/.."

usage="usage: $0 [--commit] short|large|medium|hostile|parallel|full|smoke"
help() {
  cat <<EOF
$usage

Runs one set of the ArticleParser benchmarks (benchmarks/ArticleParser.Benchmarks, BenchmarkDotNet,
Release build) from the repository root. The set is always named: nothing runs without one.

Sets:
  short     3 KB, 1 MB and 10 MB parses and multi-file ingestion (ParseBenchmarks,
            ParallelIngestionBenchmarks), ShortRun job; a few minutes
  large     100 MB parse (LargeParseBenchmarks), ShortRun job
  medium    3 KB, 1 MB and 10 MB against the minimal scanner (ParseBenchmarks), MediumRun job:
            the ratios the README quotes
  hostile   hostile shapes at 400 KB and 1.6 MB, the long line at 10 MB (HostileInputBenchmarks),
            ShortRun job
  parallel  200 files on one thread and on all cores (ParallelIngestionBenchmarks), MediumRun job;
            run it on a quiet machine
  full      every benchmark, BenchmarkDotNet's default job (long)
  smoke     3 KB, 1 MB and 10 MB parses (ParseBenchmarks) once each, Dry job: whether they build
            and run, no figure to quote; CI runs it

Jobs: ShortRun is 1 launch, 3 warm-up and 3 measured iterations; MediumRun is 2 launches, 10 warm-up
and 15 measured iterations; the default job lets BenchmarkDotNet decide how many it needs.

Options:
  --commit    write the results over benchmarks/results/<set>/ (committed) instead of
              artifacts/benchmarks/<set>/; only for a run meant to be quoted
  -h, --help  print this help and exit

Results: artifacts/benchmarks/<set>/ (ignored by git), or benchmarks/results/<set>/ with --commit,
gets BenchmarkDotNet's GitHub-markdown reports (*-report-github.md), the console log with the command
and the wall time (run.log), and the load average sampled every 10 s during the run (loadavg.log).
The exit code is 0 when every benchmark was measured, 1 when one measured nothing (a build that
timed out or failed, an exception: BenchmarkDotNet reports NA) and 2 when the command line was wrong.
Each benchmark project may take 20 minutes to build (--buildTimeout 1200) on a loaded machine.
EOF
}
case "${1:-}" in
  -h|--help) help; exit 0 ;;
esac

results=artifacts/benchmarks
if [ "${1:-}" = --commit ]; then
  results=benchmarks/results
  shift
fi

# The set is named, never assumed: a bare --commit must not write over committed results.
if [ $# -ne 1 ]; then
  if [ $# -eq 0 ]; then
    echo "run-benchmarks.sh: name the set to run (short, large, medium, hostile, parallel, full or smoke); --help says what each runs" >&2
  else
    echo "run-benchmarks.sh: give one set, not $# arguments ($*)" >&2
  fi
  echo "$usage" >&2
  exit 2
fi

set_name=$1
case "$set_name" in
  short) args=(--filter '*.ParseBenchmarks.*' '*.ParallelIngestionBenchmarks.*' --job short) ;;
  large) args=(--filter '*.LargeParseBenchmarks.*' --job short) ;;
  medium) args=(--filter '*.ParseBenchmarks.*' --job medium) ;;
  hostile) args=(--filter '*.HostileInputBenchmarks.*' --job short) ;;
  parallel) args=(--filter '*.ParallelIngestionBenchmarks.*' --job medium) ;;
  full) args=(--filter '*') ;;
  smoke) args=(--filter '*.ParseBenchmarks.*' --job dry) ;;
  *) echo "run-benchmarks.sh: unknown set '$set_name' (short, large, medium, hostile, parallel, full or smoke)" >&2; echo "$usage" >&2; exit 2 ;;
esac

out=$results/$set_name
mkdir -p "$out"
# BenchmarkDotNet's own artifacts (logs, the generated projects' output) go under artifacts/ too, which git ignores,
# not into a BenchmarkDotNet.Artifacts folder in the repository root.
bdn=artifacts/benchmarks/bdn/$set_name
rm -rf "$bdn/results"

# The machine may be shared: sample the load average every 10 s so the results say how quiet it was.
( while true; do echo "$(date +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 10; done ) > "$out/loadavg.log" &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

# BenchmarkDotNet builds each benchmark project in 2 minutes or gives up; a loaded 2-core machine needs longer.
args+=(--buildTimeout 1200 --artifacts "$bdn")
echo "command: dotnet run -c Release --project benchmarks/ArticleParser.Benchmarks -- ${args[*]}" | tee "$out/run.log"
start=$(date +%s)
dotnet run -c Release --project benchmarks/ArticleParser.Benchmarks -- "${args[@]}" 2>&1 | tee -a "$out/run.log"
status=${PIPESTATUS[0]}
end=$(date +%s)
echo "wall time: $((end - start)) s (build included)" | tee -a "$out/run.log"

cp "$bdn"/results/*-report-github.md "$out/" 2>/dev/null || true
echo "results: $out/"
exit "$status"
