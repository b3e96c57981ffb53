#!/usr/bin/env bash
# Runs the README's local-feed recipe (the ```sh block after the `<!-- readme-commands:` marker) exactly
# as written, in a fresh clone of the current commit, then checks what it made: the library package
# restored into a new console project, the installed `articleparser` command and its CSV output.
#
#   eng/readme-commands.sh
#
# The recipe installs a global tool, so it runs with HOME in a temporary folder: the machine's own
# tools are not touched. The machine's NuGet configuration and package cache are used (the packs'
# own versions are removed from the cache afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() { echo "readme-commands: $*" >&2; exit 1; }

recipe=$(awk '/<!-- readme-commands:/ { marked = 1; next }
              marked && /^```sh/ { inside = 1; next }
              inside && /^```/ { exit }
              inside { print }' README.md)
[ -n "$recipe" ] || fail "README.md has no block after a <!-- readme-commands: marker"

# The HTML section sends users to this recipe for ArticleParser.Html too: it must pack all three packages.
for line in 'dotnet pack src/ArticleParser -c Release -o artifacts/packages --version-suffix "$suffix"' \
            'dotnet pack samples/ArticleParser.Cli -c Release -o artifacts/packages --version-suffix "$suffix"' \
            'dotnet pack src/ArticleParser.Html -c Release -o artifacts/packages --version-suffix "$suffix"'; do
  grep -qxF -- "$line" <<<"$recipe" || fail "the recipe no longer runs: $line"
done

cache=$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: //')
cache=${cache%/}
work=$(mktemp -d)
# The cache's versions of the two packages before the run: only the ones the recipe adds are removed.
before=$(ls -d "$cache"/articleparser/* "$cache"/articleparser.cli/* 2>/dev/null || true)
cleanup() {
  rm -rf "$work"
  for folder in "$cache"/articleparser/*-local.* "$cache"/articleparser.cli/*-local.*; do
    [ -d "$folder" ] && ! grep -qxF "$folder" <<<"$before" && rm -rf "$folder"
  done
  return 0
}
trap cleanup EXIT

git clone -q "$root" "$work/clone"
mkdir -p "$work/home/.nuget/NuGet"
[ -f "$HOME/.nuget/NuGet/NuGet.Config" ] && cp "$HOME/.nuget/NuGet/NuGet.Config" "$work/home/.nuget/NuGet/"

echo "== the README's recipe, in a fresh clone ($(git rev-parse --short HEAD))"
(
  cd "$work/clone"
  export HOME="$work/home" DOTNET_CLI_HOME="$work/home" NUGET_PACKAGES="$cache"
  bash -euo pipefail -x -c "$recipe"
) || fail "the recipe failed"

echo "== check what it made"
grep -q 'Include="ArticleParser" Version="0.1.0-local\.' "$work/MyListings/MyListings.csproj" \
  || fail "MyListings.csproj has no PackageReference to the packed ArticleParser"
[ -x "$work/home/.dotnet/tools/articleparser" ] || fail "articleparser was not installed"
head -1 "$work/clone/entries.csv" | grep -q '^path,index,imageCaption,headline,' || fail "entries.csv has no header"
[ "$(wc -l <"$work/clone/entries.csv")" -gt 1 ] || fail "entries.csv has no rows"
(cd "$work/MyListings" && dotnet build -nologo -v quiet >/dev/null) || fail "MyListings does not build with the package"
echo "readme-commands: the recipe works as written"
