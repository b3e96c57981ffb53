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
#   benchmarks/run-benchmarks.sh --commit medium   # the same, written over benchmarks/results/medium/
#   benchmarks/run-benchmarks.sh --help  # the sets, the jobs, the options and where the results go
set -euo pipefail
cd "$(dirname "$0")/.."

usage="usage: $0 [--commit] short|large|medium|hostile|parallel|full"
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

Jobs: ShortRun is 1 launch, 3 warm-up and 3 measured iterations; MediumRun is 2 launches, 10 warm-up
and 15 measured iterations; the default job lets BenchmarkDotNet decide how many it needs.

Options:
  --commit    write the results over benchmarks/results/<set>/ (committed) instead of
              artifacts/benchmarks/<set>/; only for a run meant to be quoted
  -h, --help  print this help and exit

Results: artifacts/benchmarks/<set>/ (ignored by git), or benchmarks/results/<set>/ with --commit,
gets BenchmarkDotNet's GitHub-markdown reports (*-report-github.md), the console log with the command
and the wall time (run.log), and the load average sampled every 10 s during the run (loadavg.log).
The exit code is BenchmarkDotNet's; 2 means the command line was wrong.
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
    echo "run-benchmarks.sh: name the set to run (short, large, medium, hostile, parallel or full); --help says what each runs" >&2
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
  *) echo "run-benchmarks.sh: unknown set '$set_name' (short, large, medium, hostile, parallel or full)" >&2; echo "$usage" >&2; exit 2 ;;
esac

out=$results/$set_name
mkdir -p "$out"
rm -rf BenchmarkDotNet.Artifacts/results

# The machine may be shared: sample the load average every 10 s so the results say how quiet it was.
( while true; do echo "$(date +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 10; done ) > "$out/loadavg.log" &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

echo "command: dotnet run -c Release --project benchmarks/ArticleParser.Benchmarks -- ${args[*]}" | tee "$out/run.log"
start=$(date +%s)
dotnet run -c Release --project benchmarks/ArticleParser.Benchmarks -- "${args[@]}" 2>&1 | tee -a "$out/run.log"
status=${PIPESTATUS[0]}
end=$(date +%s)
echo "wall time: $((end - start)) s (build included)" | tee -a "$out/run.log"

cp BenchmarkDotNet.Artifacts/results/*-report-github.md "$out/" 2>/dev/null || true
echo "results: $out/"
exit "$status"
