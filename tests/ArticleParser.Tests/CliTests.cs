using System.Text.Json;
using ArticleParser.Cli;
using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>The command-line sample, run in-process with its real arguments, files and exit codes.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("articleparser-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void File_prints_its_document_as_compact_json_without_nulls_or_spans()
    {
        var seed = CorpusCase.Load("seeds").First(s => s.NonEntryText.Count > 0);
        var path = Write("seed.txt", seed.Text);

        var (code, stdout, stderr) = Run(path);

        code.Should().Be(0);
        stdout.Should().EndWith("}\n").And.Subject.TrimEnd('\n').Should().NotContain("\n", "the default layout is compact");
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("entries", "nonEntryBlocks", "diagnostics");
        json.RootElement.GetProperty("diagnostics").GetArrayLength().Should().BeGreaterThan(1, "this seed has page chrome at both ends");
        stderr.Should().Be(Cli.Lines(Cli.Summary("1 file", $"{seed.Entries.Count} entries")), "info diagnostics are printed only with --verbose");
        var entries = json.RootElement.GetProperty("entries");
        entries.GetArrayLength().Should().Be(seed.Entries.Count);
        entries.EnumerateArray().SelectMany(e => e.EnumerateObject()).Should().OnlyContain(
            p => p.Value.ValueKind != JsonValueKind.Null && !p.Name.EndsWith("pan", StringComparison.Ordinal), "no nulls, no spans");
        entries[0].GetProperty("headline").GetString().Should().Be(seed.Entries[0].Headline);
        json.RootElement.GetProperty("nonEntryBlocks").EnumerateArray().Select(b => b.GetProperty("text").GetString())
            .Should().Equal(seed.NonEntryText);
        json.RootElement.GetProperty("nonEntryBlocks")[0].EnumerateObject().Select(p => p.Name).Should().Equal("kind", "text");
        json.RootElement.GetProperty("diagnostics")[0].GetProperty("severity").GetString().Should().Be("Info");
        json.RootElement.GetProperty("diagnostics")[0].EnumerateObject().Select(p => p.Name).Should().Equal("code", "severity", "message", "span");
    }

    [Fact]
    public void Spans_give_the_full_document_that_ListingJson_reads_back()
    {
        var seed = CorpusCase.Load("seeds").First(s => s.NonEntryText.Count > 0);
        var path = Write("seed.txt", seed.Text);

        var (code, stdout, _) = Run(path, "--spans");
        var (_, compact, _) = Run(path);

        code.Should().Be(0);
        var expected = ListingParser.ParseFile(path);
        Serialization.ListingJson.Deserialize(stdout).Should().Be(expected);
        Serialization.ListingJson.Deserialize(compact).Entries.Select(e => e.Headline).Should().Equal(expected.Entries.Select(e => e.Headline));
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var (code, stdout, _) = Run(["-"], stdin: "Head\n\nTeaser.\n");

        code.Should().Be(0);
        JsonDocument.Parse(stdout).RootElement.GetProperty("entries")[0].GetProperty("teaser").GetString().Should().Be("Teaser.");
    }

    [Fact]
    public async Task A_named_pipe_is_read_like_standard_input()
    {
        // "articleparser <(cat page.txt)" or a FIFO: a file that cannot seek has no length, and asking for it aborted the
        // command (exit 134) before a new user's trial found it.
        if (OperatingSystem.IsWindows())
        {
            return; // no FIFOs
        }

        var fifo = Path.Combine(_folder, "page.txt");
        System.Diagnostics.Process mkfifo;
        try
        {
            mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return; // no mkfifo on this machine (coreutils has it)
        }

        using (mkfifo)
        {
            await mkfifo.WaitForExitAsync();
            mkfifo.ExitCode.Should().Be(0);
        }

        var writer = Task.Run(() => File.WriteAllText(fifo, "Head\n\nTeaser.\n"));
        var (code, stdout, stderr) = await Task.Run(() => Run(fifo)).WaitAsync(TimeSpan.FromMinutes(1));
        await writer.WaitAsync(TimeSpan.FromMinutes(1));

        code.Should().Be(0, stderr);
        JsonDocument.Parse(stdout).RootElement.GetProperty("entries")[0].GetProperty("teaser").GetString().Should().Be("Teaser.");
    }

    [Fact]
    public void Directory_is_processed_file_by_file_in_name_order_as_json_lines()
    {
        Write("b.txt", "B head\n\nB teaser.");
        Write("a.txt", "A head\n\nA teaser.");
        Write("notes.md", "not a listing");

        var (code, stdout, stderr) = Run(_folder, "--format", "jsonl");

        code.Should().Be(0);
        stderr.Should().Be(Cli.Lines(Cli.Summary("2 files", "2 entries")));
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()).Should().Equal(
            Path.Combine(_folder, "a.txt"), Path.Combine(_folder, "b.txt"));
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("headline").GetString().Should().Be("B head");
    }

    [Fact]
    public void Strict_mode_prints_warnings_as_warnings_with_file_line_and_column_and_exits_1()
    {
        var path = Write("bad.txt", "A\n\nA teaser.\n\nLonely\n\n* * *\n\nCap\nB\n\nB teaser.");
        Write("good.txt", "A\n\nA teaser.");

        var (code, stdout, stderr) = Run(_folder, "--strict");
        var (lenientCode, lenientOut, lenientErr) = Run(_folder);

        code.Should().Be(1);
        var warning = $"{path}:5:1: warning AP001: Expected a teaser or another entry after headline \"Lonely\", found a separator at line 7; 1 line is kept as non-entry text.";
        stderr.Should().Be(Cli.Lines(warning, Cli.Summary("2 files", "3 entries", warnings: 1)));
        JsonDocument.Parse(stdout).RootElement.GetProperty("files").GetArrayLength().Should().Be(2, "every file is still printed");
        lenientCode.Should().Be(0, "a warning fails only with --strict or --fail-on warning");
        lenientErr.Should().Be(stderr);
        lenientOut.Should().Be(stdout);
    }

    [Fact]
    public void Files_are_read_as_bytes_so_invalid_utf8_is_reported_and_binary_refused()
    {
        var bad = Path.Combine(_folder, "bad.txt");
        File.WriteAllBytes(bad, [.. "Head\n\nA teaser with a bad byte "u8, 0xFF, .. " here.\n"u8]);
        var binary = Path.Combine(_folder, "image.txt");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 0, 0, 0]);

        var (code, stdout, stderr) = Run(bad);
        code.Should().Be(0);
        var document = JsonDocument.Parse(stdout).RootElement;
        document.GetProperty("entries")[0].GetProperty("teaser").GetString().Should().Be("A teaser with a bad byte \uFFFD here.");
        document.GetProperty("diagnostics")[0].GetProperty("message").GetString().Should().Be(
            "Expected UTF-8, found 1 invalid byte at byte offset 31; replaced with U+FFFD.");
        stderr.Should().StartWith($"{bad}:3:26: warning AP103: Expected UTF-8, found 1 invalid byte at byte offset 31; replaced with U+FFFD.");

        var (strictCode, _, strictErr) = Run(bad, "--strict");
        strictCode.Should().Be(1);
        strictErr.Should().StartWith($"{bad}:3:26: warning AP103:");

        var (binaryCode, binaryOut, binaryErr) = Run(binary);
        binaryCode.Should().Be(1);
        binaryErr.Should().StartWith($"{binary}:1:5: error AP104: ");
        JsonDocument.Parse(binaryOut).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("code").GetString()).Should().Equal([DiagnosticCodes.NotText], "nothing else is said about a file that is not text");
    }

    [Fact]
    public void Missing_file_exits_2_with_a_message_naming_it()
    {
        var missing = Path.Combine(_folder, "missing.txt");

        var (code, stdout, stderr) = Run(missing);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().Be($"articleparser: '{missing}': no such file or directory");
    }

    [Fact]
    public void Directory_without_listings_exits_2()
    {
        var (code, _, stderr) = Run(_folder);

        code.Should().Be(2);
        stderr.Trim().Should().Be($"articleparser: '{_folder}': directory holds no *.txt files");
    }

    [Fact]
    public void Unreadable_file_in_a_directory_does_not_stop_the_others()
    {
        Write("a.txt", "A head\n\nA teaser.");
        // A dangling link is listed like a file but cannot be read, even by root.
        var locked = Path.Combine(_folder, "b.txt");
        File.CreateSymbolicLink(locked, Path.Combine(_folder, "gone", "b.txt"));

        var (code, stdout, stderr) = Run(_folder, "--format", "jsonl");

        code.Should().Be(2);
        var messages = stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        messages.Should().HaveCount(2);
        messages[0].Should().StartWith($"articleparser: '{locked}': cannot read file: ");
        messages[1].Should().Be(Cli.Summary("2 files (1 failed)", "1 entry"));
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_named_once_and_the_system_s_reason_reads_as_a_clause()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // a loop of symbolic links needs no rights elsewhere
        }

        // Two links that point at each other: .NET's message ends with the path again (" : '/…/loop-a.txt'").
        var a = Path.Combine(_folder, "loop-a.txt");
        var b = Path.Combine(_folder, "loop-b.txt");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);

        var (code, _, stderr) = Run(a);

        code.Should().Be(2);
        // The only input could not be read: the message, and no summary line after it.
        stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"articleparser: '{a}': cannot read file: too many levels of symbolic links");
    }

    [Theory]
    [InlineData(new string[0], "articleparser: missing input: give a file, a directory, or - for standard input")]
    [InlineData(new[] { "--strict" }, "articleparser: missing input: give a file, a directory, or - for standard input")]
    [InlineData(new[] { "a", "--format", "xml" }, "articleparser: unknown format 'xml': expected json, jsonl or csv")]
    [InlineData(new[] { "a", "--format" }, "articleparser: --format needs a value: json, jsonl or csv")]
    [InlineData(new[] { "a", "-f", "JSON" }, "articleparser: unknown format 'JSON': expected json, jsonl or csv: did you mean json?")]
    [InlineData(new[] { "a", "--format", "csv", "--format", "json" }, "articleparser: --format is given twice ('csv' and 'json'): give it once")]
    [InlineData(new[] { "a", "--output" }, "articleparser: --output needs a value: a file")]
    [InlineData(new[] { "a", "--pattern" }, "articleparser: --pattern needs a value: a glob such as *.txt")]
    [InlineData(new[] { "a", "--pattern", "" }, "articleparser: --pattern must not be empty")]
    [InlineData(new[] { "a", "--fast" }, "articleparser: unknown option '--fast'")]
    [InlineData(new[] { "-x", "a" }, "articleparser: unknown option '-x'")]
    [InlineData(new[] { "-", "a", "-" }, "articleparser: standard input '-' can be given only once")]
    [InlineData(new[] { "a", "--version" }, "articleparser: --version cannot be combined with other arguments ('a'): give it alone")]
    public void Usage_errors_exit_2_with_one_message_and_the_usage(string[] args, string message)
    {
        var (code, stdout, stderr) = Run(args);

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be(Cli.Lines(message, CliApp.Usage));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-f jsonl")]
    public void With_no_input_named_a_piped_standard_input_is_read_as_a_filter_reads_it(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Found by a new user's trial: "cat page.txt | articleparser" was a usage error; it needed "-".
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var host = new CliHost(new MemoryStream("Head one\n\nTeaser one.\n"u8.ToArray()), stdout, stderr) { StdinIsPiped = true, Time = new SteppingClock(TimeSpan.Zero) };

        var code = CliApp.Run(args, host);

        code.Should().Be(0);
        System.Text.Encoding.UTF8.GetString(stdout.ToArray()).Should().Contain("\"headline\":\"Head one\"");
        stderr.ToString().Should().Be(Cli.Lines(Cli.Summary("1 file", "1 entry")));
    }

    [Fact]
    public void With_no_input_named_and_help_asked_for_a_piped_standard_input_is_left_alone()
    {
        var stdout = new MemoryStream();
        var host = new CliHost(new MemoryStream("Head one\n\nTeaser one.\n"u8.ToArray()), stdout, new StringWriter()) { StdinIsPiped = true };

        CliApp.Run(["--version"], host).Should().Be(0);

        System.Text.Encoding.UTF8.GetString(stdout.ToArray()).Should().NotContain("headline");
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => Run(args, stdin: "");

    private static (int Code, string Stdout, string Stderr) Run(string[] args, string stdin)
    {
        var result = Cli.Run(args, stdin);
        return (result.Code, result.Stdout, result.Stderr);
    }
}

/// <summary>Runs the command in-process with byte streams and a clock that the test controls.</summary>
internal static class Cli
{
    public sealed record Result(int Code, string Stdout, string Stderr);

    /// <summary>Runs with a stopped clock (every elapsed time is 0.00 s) and no progress display; standard input is the UTF-8 of <paramref name="stdin"/>.</summary>
    public static Result Run(string[] args, string stdin = "", bool showProgress = false, TimeProvider? time = null, bool color = false, bool stdoutIsTerminal = false) =>
        Run(args, System.Text.Encoding.UTF8.GetBytes(stdin), showProgress, time, color, stdoutIsTerminal);

    /// <summary>Runs with these bytes on standard input.</summary>
    public static Result Run(string[] args, byte[] stdin, bool showProgress = false, TimeProvider? time = null, bool color = false, bool stdoutIsTerminal = false)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var host = new CliHost(new MemoryStream(stdin), stdout, stderr)
        {
            ShowProgress = showProgress,
            StdoutIsTerminal = stdoutIsTerminal,
            Color = color,
            Time = time ?? new SteppingClock(TimeSpan.Zero),
        };
        var code = CliApp.Run(args, host);
        return new Result(code, System.Text.Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    /// <summary>Lines as a <see cref="StringWriter"/> writes them with <c>WriteLine</c>.</summary>
    public static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + Environment.NewLine));

    /// <summary>The summary line of a run with the stopped clock.</summary>
    public static string Summary(string files, string entries, int errors = 0, int warnings = 0) =>
        $"articleparser: {files}, {entries}, {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")} in 0.00 s";
}

/// <summary>A clock that moves on by a fixed step each time it is read (a zero step stops it).</summary>
internal sealed class SteppingClock(TimeSpan step) : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Add(ref _ticks, step.Ticks);
}
