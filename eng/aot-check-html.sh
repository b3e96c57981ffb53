#!/usr/bin/env bash
# Checks that ArticleParser.Html (with AngleSharp) is trim- and Native AOT-clean: publishes a small console
# program that parses HTML with it as a Native AOT binary, fails on any trim or AOT warning (IL2xxx, IL3xxx;
# the compiler analyses AngleSharp's own IL too), and runs the binary on the seeds' HTML page.
#
#   eng/aot-check-html.sh            # linux-x64
#   RID=linux-arm64 eng/aot-check-html.sh
#
# The runtime identifier is set in the program's project file, not with -r: a global RuntimeIdentifier would
# reach the core's netstandard2.0 target, where Native AOT is not supported (NETSDK1207).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rid=${RID:-linux-x64}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

linker=""
if ! command -v clang >/dev/null 2>&1 && command -v gcc >/dev/null 2>&1; then
  linker="<CppCompilerAndLinker>gcc</CppCompilerAndLinker>"
fi

cat >"$work/AotCheck.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <PublishAot>true</PublishAot>
    <RuntimeIdentifier>$rid</RuntimeIdentifier>
    <InvariantGlobalization>true</InvariantGlobalization>
    <TrimmerSingleWarn>false</TrimmerSingleWarn>
    $linker
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/ArticleParser.Html/ArticleParser.Html.csproj" />
  </ItemGroup>
</Project>
PROJECT
cat >"$work/Program.cs" <<'PROGRAM'
using var page = File.OpenRead(args[0]);
var result = ArticleParser.Html.HtmlListing.Parse(page);
Console.WriteLine(result.Document.Entries.Count);
PROGRAM

log=$(mktemp)
dotnet publish "$work/AotCheck.csproj" -c Release -o "$work/out" 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "aot-check-html: publish failed" >&2; exit 1; }
if grep -E 'warning IL[0-9]+' "$log" >/dev/null; then
  echo "aot-check-html: the Native AOT publish reported trim/AOT warnings" >&2
  exit 1
fi
entries=$("$work/out/AotCheck" tests/ArticleParser.Html.Tests/Corpus/12_joomla-k2-seeds.html)
[ "$entries" = 60 ] || { echo "aot-check-html: the native binary found $entries entries on the seeds page, not 60" >&2; exit 1; }
echo "aot-check-html: OK: no trim or AOT warning; the $(du -h "$work/out/AotCheck" | cut -f1) native binary parses the seeds page to 60 entries"
