using System.Diagnostics;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// <c>benchmarks/run-benchmarks.sh</c>, run in a copy of the repository layout with a stand-in <c>dotnet</c> that
/// writes one report as BenchmarkDotNet would: a trial run leaves the committed results alone.
/// </summary>
public sealed class BenchmarkScriptTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("articleparser-bench-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(new string[] { "short" }, "artifacts/benchmarks/short")]
    [InlineData(new string[] { "--commit", "short" }, "benchmarks/results/short")]
    public async Task Reports_go_to_a_scratch_folder_unless_the_run_is_committed(string[] args, string expected)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // a bash script
        }

        var committed = Directory.CreateDirectory(Path.Combine(_root, "benchmarks", "results", "short")).FullName;
        File.WriteAllText(Path.Combine(committed, "run.log"), "committed");

        var (code, stdout, _) = await RunScript(args);

        code.Should().Be(0, stdout);
        stdout.Should().EndWith($"results: {expected}/\n");
        File.Exists(Path.Combine(_root, expected, "Fake-report-github.md")).Should().BeTrue();
        File.ReadAllText(Path.Combine(_root, expected, "run.log")).Should().Contain("ran");
        Directory.Exists(Path.Combine(_root, "BenchmarkDotNet.Artifacts")).Should().BeFalse("BenchmarkDotNet's own files go under the ignored artifacts folder");
        if (args.Length == 1)
        {
            File.ReadAllText(Path.Combine(committed, "run.log")).Should().Be("committed", "a trial run leaves the committed results alone");
            Directory.GetFiles(committed).Should().ContainSingle();
        }
    }

    [Theory]
    [InlineData(new string[0], "no set")]
    [InlineData(new string[] { "--commit" }, "a bare --commit")]
    [InlineData(new string[] { "--commit", "short", "medium" }, "two sets")]
    [InlineData(new string[] { "bogus" }, "an unknown set")]
    public async Task A_run_without_one_named_set_prints_the_usage_and_writes_nothing(string[] args, string why)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // a bash script
        }

        var (code, stdout, stderr) = await RunScript(args);

        code.Should().Be(2, why);
        // First why (a set is missing, two are given, the name is unknown: a new user's trial got the usage line alone), then the usage.
        stderr.Should().StartWith("run-benchmarks.sh: ").And.Contain("\nusage: ").And.Contain("short|large|medium|hostile|parallel|full|smoke");
        stdout.Should().BeEmpty();
        Directory.Exists(Path.Combine(_root, "benchmarks", "results")).Should().BeFalse("a bare --commit must not write over committed results");
        Directory.Exists(Path.Combine(_root, "artifacts")).Should().BeFalse();
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_the_options_the_sets_and_where_results_go_and_runs_nothing(string option)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // a bash script
        }

        var (code, stdout, stderr) = await RunScript([option]);

        code.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Should().StartWith("usage: ");
        var lines = stdout.Split('\n');
        foreach (var set in new[] { "short", "large", "medium", "hostile", "parallel", "full" })
        {
            lines.Should().Contain(l => l.StartsWith($"  {set} ", StringComparison.Ordinal) && l.Length > 20, $"the help says what the {set} set runs");
        }

        lines.Should().Contain(l => l.TrimStart().StartsWith("--commit ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.TrimStart().StartsWith("-h, --help ", StringComparison.Ordinal));
        stdout.Should().Contain("ShortRun").And.Contain("MediumRun").And.Contain("BenchmarkDotNet's default job");
        stdout.Should().Contain("artifacts/benchmarks/<set>/").And.Contain("benchmarks/results/<set>/");
        stdout.Should().Contain("run.log").And.Contain("loadavg.log").And.Contain("-report-github.md");
        Directory.Exists(Path.Combine(_root, "artifacts")).Should().BeFalse("help runs no benchmark");
    }

    [Fact]
    public async Task Help_names_every_set_the_script_accepts()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // a bash script
        }

        var script = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "run-benchmarks.sh"));
        var sets = script.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\s+([a-z]+)\) args=")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        sets.Should().HaveCount(7);

        var (_, stdout, _) = await RunScript(["--help"]);

        stdout.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  [a-z]+ ")).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .Should().Equal(sets, "the help lists the sets the script runs, in its order");
    }

    /// <summary>Runs a copy of the script in the scratch repository, with a stand-in <c>dotnet</c> that writes one fake report.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private async Task<(int Code, string Stdout, string Stderr)> RunScript(string[] args)
    {
        var script = Path.Combine(_root, "benchmarks", "run-benchmarks.sh");
        Directory.CreateDirectory(Path.GetDirectoryName(script)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "run-benchmarks.sh"), script, overwrite: true);
        var bin = Directory.CreateDirectory(Path.Combine(_root, "fake-bin")).FullName;
        var dotnet = Path.Combine(bin, "dotnet");
        // BenchmarkDotNet writes under the folder --artifacts names, else under BenchmarkDotNet.Artifacts.
        File.WriteAllText(dotnet, "#!/usr/bin/env bash\ndir=BenchmarkDotNet.Artifacts\nwhile [ $# -gt 0 ]; do if [ \"$1\" = --artifacts ]; then dir=$2; fi; shift; done\n"
            + "mkdir -p \"$dir/results\"\necho '| Method |' > \"$dir/results/Fake-report-github.md\"\necho ran\n");
        File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
