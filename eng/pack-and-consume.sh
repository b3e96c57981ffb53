#!/usr/bin/env bash
# Proves that the ArticleParser and ArticleParser.Html packages work the way users consume them:
#
#   1. packs src/ArticleParser and src/ArticleParser.Html (Release, with package validation) into
#      artifacts/packages;
#   2. copies samples/PackageConsumer, a console app that references both by PackageReference,
#      to a temporary folder and restores it with a generated nuget.config: ArticleParser and
#      ArticleParser.Html from artifacts/packages only, every other package from the machine's usual feeds;
#   3. builds it, runs it on each seed listing and on the seeds' HTML page, and checks its output against
#      the seeds' expected entries.
#
#   eng/pack-and-consume.sh
#
# Each run packs a version of its own (VersionPrefix-local.TIMESTAMP.PID), so a package that an earlier
# run left in the NuGet cache can never stand in for the one just packed; the run removes its version
# from the cache when it ends. The package stays in artifacts/packages.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() { echo "pack-and-consume: $*" >&2; exit 1; }

seeds=tests/ArticleParser.Tests/Corpus/seeds
feed=$root/artifacts/packages
prefix=$(dotnet msbuild src/ArticleParser/ArticleParser.csproj -getProperty:VersionPrefix)
suffix="local.$(date -u +%Y%m%d%H%M%S).$$"
version="$prefix-$suffix"
cache=$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: //')
cache=${cache%/}

work=$(mktemp -d)
log=$(mktemp)
cleanup() {
  rm -rf "$work" "$log"
  # NuGet keeps package folders under lower-case names.
  for id in articleparser articleparser.html; do
    if [ -n "$cache" ] && [ -d "$cache/$id" ]; then
      rm -rf "${cache:?}/$id/${version,,}"
      rmdir "$cache/$id" 2>/dev/null || true
    fi
  done
}
trap cleanup EXIT

mkdir -p "$feed"
# Only the packages this script made before (their versions end in -local.<time>.<pid>): a package you packed into the
# same folder yourself (a CLI package, a beta of your own version) stays.
rm -f "$feed"/ArticleParser.[0-9]*-local.[0-9]*.[0-9]*.nupkg "$feed"/ArticleParser.[0-9]*-local.[0-9]*.[0-9]*.snupkg \
  "$feed"/ArticleParser.Html.[0-9]*-local.[0-9]*.[0-9]*.nupkg "$feed"/ArticleParser.Html.[0-9]*-local.[0-9]*.[0-9]*.snupkg
for id in ArticleParser ArticleParser.Html; do
  echo "== pack $id $version into ${feed#"$root"/}"
  dotnet pack "src/$id/$id.csproj" -c Release -o "$feed" --version-suffix "$suffix" \
    --disable-build-servers 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || fail "dotnet pack of $id failed"
  if grep -E ': warning [A-Z]+[0-9]+' "$log" >/dev/null; then
    fail "dotnet pack of $id reported warnings"
  fi
  package="$feed/$id.$version.nupkg"
  [ -f "$package" ] || fail "no $package"
  [ -f "${package%.nupkg}.snupkg" ] || fail "no symbols package next to $package"
done

echo "== restore samples/PackageConsumer from the local feed"
# The machine's enabled feeds (from the user and machine NuGet configuration, read outside the repository).
mapfile -t defaults < <(cd "$work" && dotnet nuget list source --format short | sed -nE 's/^E +//p')
[ "${#defaults[@]}" -gt 0 ] || defaults=(https://api.nuget.org/v3/index.json)
{
  echo '<?xml version="1.0" encoding="utf-8"?>'
  echo '<configuration>'
  echo '  <packageSources>'
  echo '    <clear />'
  echo "    <add key=\"articleparser-local\" value=\"$feed\" />"
  for i in "${!defaults[@]}"; do
    echo "    <add key=\"feed-$i\" value=\"${defaults[$i]}\" />"
  done
  echo '  </packageSources>'
  echo '  <!-- ArticleParser and ArticleParser.Html only from the local feed; everything else only from the usual feeds. -->'
  echo '  <packageSourceMapping>'
  echo '    <packageSource key="articleparser-local"><package pattern="ArticleParser" /><package pattern="ArticleParser.Html" /></packageSource>'
  for i in "${!defaults[@]}"; do
    echo "    <packageSource key=\"feed-$i\"><package pattern=\"*\" /></packageSource>"
  done
  echo '  </packageSourceMapping>'
  echo '</configuration>'
} >"$work/nuget.config"

tar -C samples --exclude=bin --exclude=obj -c PackageConsumer | tar -C "$work" -x
consumer=$work/PackageConsumer
dotnet restore "$consumer" --configfile "$work/nuget.config" -p:ArticleParserVersion="$version" \
  || fail "restore failed"
assets=$consumer/obj/project.assets.json
grep -A1 -F "\"ArticleParser/$version\": {" "$assets" | grep -F '"type": "package"' >/dev/null \
  || fail "the consumer did not resolve ArticleParser $version as a package (see $assets)"
grep -F '"lib/net10.0/ArticleParser.dll"' "$assets" >/dev/null \
  || fail "the consumer does not compile against lib/net10.0 of the package"
grep -A1 -F "\"ArticleParser.Html/$version\": {" "$assets" | grep -F '"type": "package"' >/dev/null \
  || fail "the consumer did not resolve ArticleParser.Html $version as a package (see $assets)"
grep -F '"lib/net10.0/ArticleParser.Html.dll"' "$assets" >/dev/null \
  || fail "the consumer does not compile against lib/net10.0 of the ArticleParser.Html package"

echo "== build and run the consumer"
dotnet build "$consumer" -c Release --no-restore -nologo -v quiet -p:ArticleParserVersion="$version" \
  --disable-build-servers || fail "build failed"

checked=0
for listing in "$seeds"/*.txt; do
  expected=${listing%.txt}.expected.json
  # The expected files hold one "headline" line per entry; the seeds' headlines contain no JSON escapes.
  count=$(grep -c '"headline":' "$expected")
  first=$(grep -m1 '"headline":' "$expected" | sed -E 's/^ *"headline": "(.*)",?$/\1/')
  output=$(dotnet "$consumer/bin/Release/net10.0/PackageConsumer.dll" "$listing") \
    || fail "the consumer failed on $listing"
  mapfile -t lines <<<"$output"
  [[ "${lines[0]}" == "ArticleParser $version" || "${lines[0]}" == "ArticleParser $version+"* ]] \
    || fail "$listing: expected the package version $version, the consumer printed: ${lines[0]}"
  [ "${lines[1]}" = "entries: $count" ] || fail "$listing: expected 'entries: $count', got '${lines[1]}'"
  [ "${lines[2]}" = "first headline: $first" ] || fail "$listing: expected 'first headline: $first', got '${lines[2]}'"
  printf '%s\n' "$output" | sed "s|^|  $(basename "$listing"): |"
  checked=$((checked + 1))
done
[ "$checked" -gt 0 ] || fail "no seed listings in $seeds"

# The seeds' 60 entries as one HTML page, read by ArticleParser.Html from its package.
page=tests/ArticleParser.Html.Tests/Corpus/12_joomla-k2-seeds.html
count=$(cat "$seeds"/*.expected.json | grep -c '"headline":')
first=$(grep -m1 '"headline":' "$(ls "$seeds"/*.expected.json | head -1)" | sed -E 's/^ *"headline": "(.*)",?$/\1/')
output=$(dotnet "$consumer/bin/Release/net10.0/PackageConsumer.dll" "$page" 2>/dev/null) || fail "the consumer failed on $page"
mapfile -t lines <<<"$output"
[ "${lines[1]}" = "entries: $count" ] || fail "$page: expected 'entries: $count', got '${lines[1]}'"
[ "${lines[2]}" = "first headline: $first" ] || fail "$page: expected 'first headline: $first', got '${lines[2]}'"
printf '%s\n' "$output" | sed "s|^|  $(basename "$page"): |"

echo "pack-and-consume: OK: ArticleParser and ArticleParser.Html $version from ${feed#"$root"/} parsed $checked seed listings and the seeds' HTML page in samples/PackageConsumer"
