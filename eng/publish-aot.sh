#!/usr/bin/env bash
# Publishes the articleparser command as a Native AOT binary, checks that it prints exactly what
# `dotnet run` prints (stdout, stderr and exit code) on the sample and seed listings, in every format,
# and on error cases (binary, invalid UTF-8, UTF-16 without BOM, over-long line, missing file, bad
# options), and reports the binary's size and start-up time.
#
# PublishAot and the runtime identifier are set inside samples/ArticleParser.Cli behind
# -p:ArticleParserAot=true (and -p:ArticleParserRid=<rid>): passed globally, -p:PublishAot=true or -r
# would flow into the library's netstandard2.0 restore and fail with NETSDK1207.
#
#   eng/publish-aot.sh            # linux-x64 into artifacts/aot/linux-x64
#   RID=linux-arm64 eng/publish-aot.sh
#
# Needs a C tool chain for the native link: gcc (used when clang is missing, as on the Debian
# images here: `apt-get install -y gcc`) or clang. hyperfine, if installed, times the start-up.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rid=${RID:-linux-x64}
out=${OUT:-artifacts/aot/$rid}
project=samples/ArticleParser.Cli
seeds=tests/ArticleParser.Tests/Corpus/seeds

linker=()
if ! command -v clang >/dev/null 2>&1 && command -v gcc >/dev/null 2>&1; then
  linker=(-p:CppCompilerAndLinker=gcc)
fi

echo "== publish ($rid, Native AOT)"
log=$(mktemp)
if ! dotnet publish "$project" -c Release -p:ArticleParserAot=true -p:ArticleParserRid="$rid" "${linker[@]}" -o "$out" 2>&1 | tee "$log"; then
  echo "publish-aot: dotnet publish failed" >&2
  exit 1
fi
# Any trim or AOT analysis warning (ILxxxx) fails the script, even one that is not an error.
if grep -E 'warning IL[0-9]+' "$log" >/dev/null; then
  echo "publish-aot: the AOT publish reported trim/AOT warnings" >&2
  exit 1
fi
binary="$out/ArticleParser.Cli"

echo "== compare with dotnet run"
dotnet build "$project" -c Release -v quiet -nologo >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work" "$log"' EXIT
# The summary line's elapsed time is the only part that may differ between two runs.
normalize() { sed -E 's/ in [0-9]+\.[0-9]{2} s$/ in N s/' "$1"; }
compare() {
  local name=$1; shift
  local jit_code=0 aot_code=0
  local stdin=${STDIN:-$work/stdin}
  dotnet run --no-build -c Release --project "$project" -- "$@" <"$stdin" >"$work/jit.out" 2>"$work/jit.err" || jit_code=$?
  "$binary" "$@" <"$stdin" >"$work/aot.out" 2>"$work/aot.err" || aot_code=$?
  if [ "$jit_code" != "$aot_code" ] || ! cmp -s "$work/jit.out" "$work/aot.out" \
    || ! diff <(normalize "$work/jit.err") <(normalize "$work/aot.err") >/dev/null; then
    echo "publish-aot: '$name' differs (exit $jit_code vs $aot_code)" >&2
    diff "$work/jit.out" "$work/aot.out" | head -20 >&2 || true
    diff <(normalize "$work/jit.err") <(normalize "$work/aot.err") | head -20 >&2 || true
    return 1
  fi
  if [ -n "${EXPECT:-}" ] && [ "$aot_code" != "$EXPECT" ]; then
    echo "publish-aot: '$name' exits $aot_code in both builds, expected $EXPECT" >&2
    return 1
  fi
  echo "same: $name (exit $aot_code, $(wc -c <"$work/aot.out") bytes)"
}
seed_files=("$seeds"/*.txt)
first_seed=${seed_files[0]}
cat "$first_seed" >"$work/stdin"

# Inputs that must fail visibly: a binary, invalid UTF-8, UTF-16 without a BOM, a 20 MB line (over the 16 Mi limit).
cp "$project/bin/Release/net8.0/ArticleParser.Cli.dll" "$work/tool.dll"
printf 'Head\n\nA teaser with a bad byte \xff here.\n' >"$work/bad-utf8.txt"
printf 'H\0e\0a\0d\0\n\0\n\0T\0e\0a\0s\0e\0r\0.\0\n\0' >"$work/utf16.txt"
{ printf 'Head\n\nTeaser of the entry.\n\n'; head -c 20000000 /dev/zero | tr '\0' x; } >"$work/long.txt"

failed=0
for file in samples/listings/*.txt "${seed_files[@]}"; do
  compare "$(basename "$file")" "$file" || failed=1
done
for format in json jsonl csv; do
  compare "seeds --format $format" "$seeds" --format "$format" || failed=1
  compare "seeds/*.txt --format $format --strict" "$seeds"/*.txt --format "$format" --strict || failed=1
done
compare "seeds --spans --indent" "$seeds" --spans --indent || failed=1
compare "seeds --fields" "$seeds" --format csv --fields path,headline,published,publishedDate || failed=1
compare "seeds --verbose --no-chrome" "$seeds" --verbose --no-chrome --format jsonl || failed=1
compare "stdin" - --format csv || failed=1
# A warning (here an invalid byte) fails a --strict run: both builds must exit 1.
EXPECT=1 compare "strict failure" "$seeds" "$work/bad-utf8.txt" --strict --format jsonl || failed=1
compare "binary file" "$work/tool.dll" || failed=1
STDIN="$work/tool.dll" compare "binary on stdin" - || failed=1
compare "invalid UTF-8" "$work/bad-utf8.txt" --format jsonl || failed=1
STDIN="$work/bad-utf8.txt" compare "invalid UTF-8 on stdin" - --strict || failed=1
compare "UTF-16 without BOM" "$work/utf16.txt" || failed=1
compare "over-long line" "$work/long.txt" --format csv || failed=1
compare "--fail-on never" "$work/tool.dll" --fail-on never || failed=1
compare "missing file" "$seeds/missing.txt" || failed=1
compare "empty directory" "$project" --pattern '*.nothing' || failed=1
compare "exclude everything" "$seeds" --exclude '*.txt' || failed=1
compare "unknown option" "$seeds" --fast || failed=1
compare "bad format" "$seeds" --format xml || failed=1
compare "--help" --help || failed=1
compare "--version" --version || failed=1
[ "$failed" -eq 0 ] || exit 1

echo "== size"
size=$(stat -c %s "$binary")
echo "$binary: $size bytes ($(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1048576 }') MiB)"

echo "== start-up time"
dll="$project/bin/Release/net8.0/ArticleParser.Cli.dll"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 3 --runs 30 -N \
    "$binary --version" \
    "$binary $first_seed --quiet" \
    "dotnet $dll $first_seed --quiet"
else
  for command in "$binary --version" "$binary $first_seed --quiet" "dotnet $dll $first_seed --quiet"; do
    start=$(date +%s%N)
    for _ in $(seq 20); do $command >/dev/null; done
    echo "$command: $(( ($(date +%s%N) - start) / 20000000 )) ms per run (mean of 20; install hyperfine for more)"
  done
fi
