using System.Reflection;
using System.Text.Json;
using ArticleParser.Cli;
using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>Each option of the command, several inputs, recursive directories, --output, --quiet and the summary line.</summary>
public sealed class CliOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("articleparser-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public void Help_prints_the_options_and_exit_codes_on_stdout_and_exits_0(string option)
    {
        var result = Cli.Run([option]);

        result.Code.Should().Be(0);
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().StartWith("Description:" + Environment.NewLine);
        result.Stdout.Should().Contain("articleparser <file|directory|->... [options]");
        foreach (var name in new[] { "--format", "--output", "--pattern", "--exclude", "--fail-on", "--strict", "--verbose", "--quiet", "--spans", "--indent", "--compact", "--fields", "--max-line-length", "--no-metadata", "--help", "--version", "Exit codes:" })
        {
            result.Stdout.Should().Contain(name);
        }

        result.Stdout.Split(Environment.NewLine).Should().OnlyContain(l => l.Length <= CliCommand.HelpWidth && l == l.TrimEnd());
    }

    [Fact]
    public void Help_wins_over_other_arguments_and_missing_inputs()
    {
        Cli.Run(["--strict", "--help"]).Should().Be(Cli.Run(["--help"]));
    }

    [Fact]
    public void Version_prints_the_tool_assembly_informational_version()
    {
        var expected = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var result = Cli.Run(["--version"]);

        result.Should().Be(new Cli.Result(0, Cli.Lines(expected), ""));
        expected.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void Several_inputs_are_written_in_command_line_order_as_a_files_array()
    {
        var b = Write("b.txt", "B head\n\nB teaser.");
        Write(Path.Combine("dir", "z.txt"), "Z head\n\nZ teaser.");
        Write(Path.Combine("dir", "y.txt"), "Y head\n\nY teaser.");
        var dir = Path.Combine(_folder, "dir");

        var result = Cli.Run([b, dir, "-"], stdin: "S head\n\nS teaser.\n");

        result.Code.Should().Be(0);
        result.Stderr.Should().Be(Cli.Lines(Cli.Summary("4 files", "4 entries")));
        using var json = JsonDocument.Parse(result.Stdout);
        var files = json.RootElement.GetProperty("files");
        files.EnumerateArray().Select(e => e.GetProperty("path").GetString()).Should().Equal(
            b, Path.Combine(dir, "y.txt"), Path.Combine(dir, "z.txt"), "<stdin>");
        files[3].GetProperty("document").GetProperty("entries")[0].GetProperty("headline").GetString().Should().Be("S head");
    }

    [Fact]
    public void A_directory_is_searched_recursively_in_ordinal_path_order()
    {
        foreach (var path in new[] { "b.txt", "a/z.txt", "a/b/c.txt", "A.txt", "a.txt", "a/notes.md" })
        {
            Write(path, "Head\n\nTeaser.");
        }

        var result = Cli.Run([_folder, "--format", "csv"]);

        result.Code.Should().Be(0);
        Files(result.Stdout).Should().Equal("A.txt", "a.txt", "a/b/c.txt", "a/z.txt", "b.txt");
    }

    [Fact]
    public void An_exclude_that_leaves_out_every_file_says_so()
    {
        Write("front-page.txt", "Head\n\nTeaser.");
        Write("news/front-2.txt", "Head\n\nTeaser.");
        Write("notes.md", "Head\n\nTeaser.");

        var result = Cli.Run([_folder, "--exclude", "front*", "-q"]);

        result.Should().Be(new Cli.Result(2, "", Cli.Lines($"articleparser: '{_folder}': directory holds 2 *.txt files, and --exclude left out all of them")));
    }

    [Theory]
    [InlineData("*.txt", new[] { "a.txt", "news/b.txt", "news/2024/c.txt" })]
    [InlineData("[ab]*", new string[0])]
    [InlineData("*.md", new[] { "news/d.md" })]
    [InlineData("c*", new[] { "news/2024/c.txt" })]
    [InlineData("news/*.txt", new[] { "news/b.txt" })]
    [InlineData("news/**/*.txt", new[] { "news/b.txt", "news/2024/c.txt" })]
    [InlineData("**/2024/*", new[] { "news/2024/c.txt" })]
    [InlineData("**", new[] { "a.txt", "news/2024/c.txt", "news/b.txt", "news/d.md" })]
    public void Pattern_picks_the_files_of_a_directory(string pattern, string[] expected)
    {
        foreach (var path in new[] { "a.txt", "news/b.txt", "news/2024/c.txt", "news/d.md" })
        {
            Write(path, "Head\n\nTeaser.");
        }

        var result = Cli.Run([_folder, "--pattern", pattern, "-f", "csv", "-q"]);

        if (expected.Length == 0)
        {
            result.Should().Be(new Cli.Result(2, "", Cli.Lines(
                $"articleparser: '{_folder}': directory holds no {pattern} files, but 3 .txt files: give --pattern '*.txt' to parse them")));
            return;
        }

        result.Code.Should().Be(0);
        Files(result.Stdout).Should().Equal(expected.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Links_to_folders_are_not_followed()
    {
        Write("real/a.txt", "Head\n\nTeaser.");
        Directory.CreateSymbolicLink(Path.Combine(_folder, "real", "loop"), Path.Combine(_folder, "real"));

        var result = Cli.Run([_folder, "-f", "csv", "-q"]);

        result.Code.Should().Be(0);
        Files(result.Stdout).Should().Equal("real/a.txt");
    }

    [Fact]
    public void Output_writes_the_results_to_a_file_and_nothing_to_stdout()
    {
        Write("a.txt", "A head\n\nA teaser.");
        Write("b.txt", "B head\n\nB teaser.");
        var expected = Cli.Run([_folder, "--format", "jsonl"]).Stdout;
        var output = Path.Combine(Directory.CreateTempSubdirectory("articleparser-out-").FullName, "all.jsonl");

        try
        {
            var result = Cli.Run([_folder, "--format", "jsonl", "--output", output]);

            result.Should().Be(new Cli.Result(0, "", Cli.Lines(Cli.Summary("2 files", "2 entries"))));
            File.ReadAllText(output).Should().Be(expected);
            File.ReadAllBytes(output)[0].Should().Be((byte)'{', "the file has no byte order mark");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    [Fact]
    public void Output_dash_is_standard_output()
    {
        var path = Write("a.txt", "A head\n\nA teaser.");

        Cli.Run([path, "-o", "-"]).Should().Be(Cli.Run([path]));
    }

    [Fact]
    public void An_output_file_inside_the_searched_directory_is_not_parsed()
    {
        Write("a.txt", "A head\n\nA teaser.");
        var output = Path.Combine(_folder, "all.txt");

        var first = Cli.Run([_folder, "-f", "csv", "-o", output]);
        var second = Cli.Run([_folder, "-f", "csv", "-o", output]);

        first.Code.Should().Be(0);
        second.Should().Be(first);
        Files(File.ReadAllText(output)).Should().Equal("a.txt");
    }

    [Fact]
    public void An_input_file_is_never_overwritten_as_the_output()
    {
        var path = Write("a.txt", "A head\n\nA teaser.");

        var result = Cli.Run([path, "--output", path]);

        result.Should().Be(new Cli.Result(2, "", Cli.Lines($"articleparser: '{path}': is an input, so it cannot be the output too")));
        File.ReadAllText(path).Should().Be("A head\n\nA teaser.");
    }

    [Fact]
    public void A_name_that_starts_with_a_dash_is_a_file_after_double_dash()
    {
        var result = Cli.Run(["--", "-x"]);

        result.Should().Be(new Cli.Result(2, "", Cli.Lines("articleparser: '-x': no such file or directory")));
    }

    [Fact]
    public void An_output_that_cannot_be_created_exits_2_naming_it_before_anything_is_parsed()
    {
        var path = Write("a.txt", "A head\n\nA teaser.");
        var output = Path.Combine(_folder, "no-such-folder", "out.json");

        var result = Cli.Run([path, "--output", output]);

        result.Should().Be(new Cli.Result(2, "", Cli.Lines(
            $"articleparser: '{output}': cannot create file: no such directory '{Path.Combine(_folder, "no-such-folder")}'")));
    }

    [Fact]
    public void An_output_that_is_a_directory_or_empty_exits_2_with_one_clear_line()
    {
        var path = Write("a.txt", "A head\n\nA teaser.");

        Cli.Run([path, "--output", _folder]).Should().Be(new Cli.Result(2, "", Cli.Lines(
            $"articleparser: '{_folder}': cannot create file: it is a directory")));
        Cli.Run([path, "--output", ""]).Should().Be(new Cli.Result(2, "", Cli.Lines(
            "articleparser: --output needs a file name, or - for standard output", CliApp.Usage)));
    }

    [Fact]
    public void An_output_that_fails_on_its_last_write_is_reported_once()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // the device that is always full is Linux's
        }

        var path = Write("a.txt", "A head\n\nA teaser.");

        var result = Cli.Run([path, "--output", "/dev/full", "-q"]);

        result.Code.Should().Be(2);
        result.Stderr.Should().StartWith("articleparser: '/dev/full': cannot write file: No space left on device")
            .And.Subject.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Fact]
    public void A_failed_output_names_its_path_once_and_the_summary_says_the_run_stopped()
    {
        // Found by a new user's trial: ".NET's message : '/dev/full'" named the path twice, and the summary counted the
        // entries of all the files as if the output held them.
        if (!File.Exists("/dev/full"))
        {
            return; // the device that is always full is Linux's
        }

        var paths = new[] { Write("a.txt", "A head\n\nA teaser."), Write("b.txt", "B head\n\nB teaser.") };

        var result = Cli.Run([.. paths, "--output", "/dev/full"], time: new SteppingClock(TimeSpan.Zero));

        result.Code.Should().Be(2);
        result.Stderr.Should().Be(Cli.Lines(
            "articleparser: '/dev/full': cannot write file: No space left on device",
            "articleparser: 1 file, 1 entry, 0 errors, 0 warnings in 0.00 s; stopped after 1 of 2 files: the output could not be written, so it is incomplete"));
    }

    [Fact]
    public void A_standard_output_that_may_not_be_written_says_so_and_not_that_a_path_is_denied()
    {
        var path = Write("a.txt", "A head\n\nA teaser.");
        var stderr = new StringWriter();
        var host = new CliHost(new MemoryStream(), new FailingStream(new UnauthorizedAccessException("Access to the path is denied.")), stderr) { Time = new SteppingClock(TimeSpan.Zero) };

        var code = CliApp.Run([path], host);

        code.Should().Be(2);
        stderr.ToString().Should().Be(Cli.Lines(
            "articleparser: '<stdout>': cannot write file: standard output is closed or may not be written (the command was started with '>&-' or its like)",
            "articleparser: 1 file, 1 entry, 0 errors, 0 warnings in 0.00 s; the output could not be written, so it is incomplete"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_standard_error_that_cannot_be_written_loses_the_messages_but_not_the_results_or_the_exit_code(bool closed)
    {
        // Found by a new user's trial: with "2>&-" or "2>/dev/full" the command ended with SIGABRT (exit 134).
        var path = Write("a.txt", "A head\n\nA teaser.");
        var stdout = new MemoryStream();
        Exception failure = closed ? new UnauthorizedAccessException("Bad file descriptor") : new IOException("No space left on device");
        var host = new CliHost(new MemoryStream(), stdout, new FailingWriter(failure)) { Time = new SteppingClock(TimeSpan.Zero) };

        var code = CliApp.Run([path, "-f", "jsonl"], host);
        var missing = CliApp.Run([Path.Combine(_folder, "missing.txt")], host);

        code.Should().Be(0);
        missing.Should().Be(2);
        System.Text.Encoding.UTF8.GetString(stdout.ToArray()).Should().Contain("\"headline\":\"A head\"");
    }

    [Fact]
    public void A_failing_standard_output_exits_2_with_one_message()
    {
        var path = Write("a.txt", "A head\n\nA teaser.");
        var stderr = new StringWriter();
        var host = new CliHost(new MemoryStream(), new FailingStream(), stderr) { Time = new SteppingClock(TimeSpan.Zero) };

        var code = CliApp.Run([path, "-q"], host);

        code.Should().Be(2);
        stderr.ToString().Should().Be(Cli.Lines("articleparser: '<stdout>': cannot write file: No space left on device"));
    }

    [Fact]
    public void A_standard_output_closed_by_its_reader_stops_the_run_quietly_with_exit_141()
    {
        var path = Write("a.txt", "A head\n\nA teaser.");
        var stderr = new StringWriter();
        var host = new CliHost(new MemoryStream(), new FailingStream(new IOException("Broken pipe", 32)), stderr) { Time = new SteppingClock(TimeSpan.Zero) };

        var code = CliApp.Run([path, "--format", "jsonl"], host);

        code.Should().Be(CliApp.ExitClosedPipe);
        stderr.ToString().Should().BeEmpty("the reader has what it wanted, as with `| head`: no message, no summary");
    }

    [Fact]
    public async Task The_command_piped_into_a_reader_that_stops_early_exits_at_once_without_a_stack_trace()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the console stream of Windows still hides a broken pipe (README)
        }

        var path = Path.Combine(_folder, "big.txt");
        File.WriteAllText(path, string.Concat(Enumerable.Range(0, 200_000).Select(i => $"Headline {i}\n\nTeaser of entry {i}.\n\n")));
        var cli = Path.ChangeExtension(typeof(CliApp).Assembly.Location, ".dll");
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { cli, path, "--format", "jsonl" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        (await process.StandardOutput.ReadLineAsync()).Should().StartWith("{\"path\":");
        process.StandardOutput.Close(); // what `| head -1` does after its line
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token); // throws when the closed pipe does not stop the run

        process.ExitCode.Should().Be(CliApp.ExitClosedPipe);
        (await stderr).Should().BeEmpty();
    }

    [Fact]
    public async Task The_json_document_of_one_input_ends_its_line_before_explain_speaks()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // sh merges the two streams here
        }

        // Both streams on one terminal (2>&1): the layout line must start a line of its own, after the document's.
        var path = Write("listing.txt", string.Join("\n\n", Enumerable.Range(1, 4).Select(i => $"Headline number {i} of this page\n\nTeaser {i} says what the article is about.")));
        var cli = Path.ChangeExtension(typeof(CliApp).Assembly.Location, ".dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new System.Diagnostics.ProcessStartInfo("sh") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("\"$0\" \"$1\" \"$2\" --explain --quiet 2>&1");
        start.ArgumentList.Add(host);
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add(path);

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(0);
        output.Should().EndWith("}\n" + path + ":1:1: layout: headline / teaser (4 records from here)\n");
    }

    [Fact]
    public void Quiet_drops_the_summary_but_not_the_messages()
    {
        var good = Write("good.txt", "A head\n\nA teaser.");
        var missing = Path.Combine(_folder, "missing.txt");

        Cli.Run([good, "--quiet"]).Stderr.Should().BeEmpty();
        var result = Cli.Run([good, missing, "-q"]);

        result.Code.Should().Be(2);
        result.Stderr.Should().Be(Cli.Lines($"articleparser: '{missing}': no such file or directory"));
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files").GetArrayLength().Should().Be(1, "the good file is still written");
    }

    [Fact]
    public void A_missing_input_among_others_is_reported_and_counted_as_a_failed_file_and_the_others_are_parsed()
    {
        var good = Write("good.txt", "A head\n\nA teaser.");
        var missing = Path.Combine(_folder, "missing.txt");
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;

        var result = Cli.Run([missing, good, empty]);

        result.Code.Should().Be(2);
        result.Stderr.Should().Be(Cli.Lines(
            $"articleparser: '{missing}': no such file or directory",
            $"articleparser: '{empty}': directory holds no *.txt files",
            Cli.Summary("2 files (1 failed)", "1 entry")));
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("files")[0].GetProperty("path").GetString().Should().Be(good);
    }

    [Fact]
    public void Strict_mode_exits_0_when_every_diagnostic_is_info()
    {
        var seed = CorpusCase.Load("seeds").First(s => s.NonEntryText.Count > 0);
        var path = Write("seed.txt", seed.Text);
        ListingParser.Parse(seed.Text).Diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Severity == DiagnosticSeverity.Info);

        var result = Cli.Run([path, "--strict", "-f", "csv"]);

        result.Code.Should().Be(0);
        result.Stderr.Should().StartWith($"articleparser: 1 file, {seed.Entries.Count} entries, ");
        result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + seed.Entries.Count);
    }

    [Fact]
    public void A_strict_failure_on_standard_input_is_reported_as_stdin()
    {
        var result = Cli.Run(["-", "--strict"], stdin: "A\n\nA teaser.\n\nLonely\n\n* * *\n\nCap\nB\n\nB teaser.");

        result.Code.Should().Be(1);
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("entries").GetArrayLength().Should().Be(2);
        result.Stderr.Should().StartWith("<stdin>:5:1: warning AP001: ");
    }

    [Fact]
    public void Summary_reports_the_elapsed_time_from_the_clock()
    {
        var path = Write("a.txt", "A head\n\nA teaser.");

        var result = Cli.Run([path], time: new SteppingClock(TimeSpan.FromMilliseconds(1234)));

        result.Stderr.Should().MatchRegex(@"^articleparser: 1 file, 1 entry, 0 errors, 0 warnings in \d+\.\d\d s\r?\n$");
        result.Stderr.Should().NotContain("0.00 s");
    }

    [Fact]
    public void Progress_is_drawn_on_stderr_when_it_is_a_terminal_and_erased_before_the_summary()
    {
        for (var i = 0; i < 3; i++)
        {
            Write($"{i}.txt", "Head\n\nTeaser.");
        }

        // Each clock reading is a second later, so the progress line is always due.
        var result = Cli.Run([_folder, "-f", "jsonl"], showProgress: true, time: new SteppingClock(TimeSpan.FromSeconds(1)));

        result.Code.Should().Be(0);
        result.Stderr.Should().Contain("\rarticleparser: 1/3 files, 1 entry, ");
        result.Stderr.Should().Contain("\rarticleparser: 3/3 files, 3 entries, ");
        result.Stderr.Should().MatchRegex(@"MB/s");
        var lastLine = result.Stderr.Split('\r')[^1];
        lastLine.Should().MatchRegex(@"^articleparser: 3 files, 3 entries, 0 errors, 0 warnings in \d+\.\d\d s\r?\n$");
        result.Stdout.Should().NotContain("articleparser:", "progress never goes to stdout");
    }

    [Fact]
    public void Progress_is_not_drawn_between_results_written_to_the_terminal_itself_but_is_beside_an_output_file()
    {
        // Found by a new user's trial: with standard output on the terminal too, "…3.8 MB/s" was left in front of result lines.
        Write("a.txt", "Head\n\nTeaser.");
        Write("b.txt", "Head\n\nTeaser.");
        var clock = new SteppingClock(TimeSpan.FromSeconds(1));
        var output = Path.Combine(_folder, "out.json");

        Cli.Run([_folder, "-f", "csv"], showProgress: true, time: clock, stdoutIsTerminal: true).Stderr.Should().NotContain("MB/s");
        Cli.Run([_folder, "--pattern", "*.txt", "-o", output], showProgress: true, time: clock, stdoutIsTerminal: true).Stderr.Should().Contain("MB/s");
    }

    [Fact]
    public void An_input_that_gives_no_entry_says_why_without_verbose_but_not_with_quiet()
    {
        // Found by a new user's trial: an empty file or an article printed only "0 entries", the reason hidden as info.
        var empty = Write("empty.txt", "");
        var listing = Write("listing.txt", "Head\n\nA teaser that runs on for a sentence, as teasers do.\n");

        var run = Cli.Run([empty, listing]);
        run.Code.Should().Be(0);
        run.Stderr.Should().StartWith(empty + ":1:1: info AP004: Expected at least one entry");
        run.Stderr.Should().NotContain(listing + ":", "an input with entries keeps its info notes for --verbose");
        Cli.Run([empty, "--quiet"]).Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Progress_is_not_drawn_for_a_pipe_or_with_quiet()
    {
        Write("a.txt", "Head\n\nTeaser.");
        var clock = new SteppingClock(TimeSpan.FromSeconds(1));

        Cli.Run([_folder], showProgress: false, time: clock).Stderr.Should().NotContain("\r");
        Cli.Run([_folder, "--quiet"], showProgress: true, time: clock).Stderr.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false, null, null, null, true)]
    [InlineData(true, null, null, null, false)]
    [InlineData(false, "true", null, null, false)]
    [InlineData(false, "1", null, null, false)]
    [InlineData(false, "false", null, null, true)]
    [InlineData(false, "0", null, null, true)]
    [InlineData(false, null, "true", null, false)]
    [InlineData(false, null, null, "dumb", false)]
    [InlineData(false, null, null, "xterm-256color", true)]
    public void Progress_is_wanted_only_on_a_terminal_outside_ci(bool redirected, string? ci, string? githubActions, string? term, bool expected)
    {
        var variables = new Dictionary<string, string?> { ["CI"] = ci, ["GITHUB_ACTIONS"] = githubActions, ["TERM"] = term };

        CliHost.WantsProgress(redirected, name => variables.GetValueOrDefault(name)).Should().Be(expected);
    }

    [Fact]
    public void Two_runs_write_the_same_bytes_and_a_failing_file_does_not_stop_the_others()
    {
        for (var i = 0; i < 20; i++)
        {
            Write($"{(i * 7) % 20:D2}.txt", string.Concat(Enumerable.Repeat($"Head {i}\n\nTeaser {i}.\n\n", 1 + ((i * 7) % 40))));
        }

        Write("07.txt", "A\n\nA teaser.\n\nLonely\n\n* * *\n\nCap\nB\n\nB teaser.");
        File.Delete(Path.Combine(_folder, "13.txt"));
        File.CreateSymbolicLink(Path.Combine(_folder, "13.txt"), Path.Combine(_folder, "gone"));

        var first = Cli.Run([_folder, "-f", "jsonl", "--strict"]);
        var second = Cli.Run([_folder, "-f", "jsonl", "--strict"]);

        first.Code.Should().Be(2, "an unreadable file is an I/O failure, which outranks the warning's 1");
        second.Should().Be(first);
        var files = first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()!)).Distinct().ToList();
        files.Should().HaveCount(19).And.BeInAscendingOrder(StringComparer.Ordinal);
        // Files whose one-word teasers make no listing each say why they gave no entry (info, shown without --verbose).
        var messages = first.Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Where(m => !m.Contains(": info AP007: ", StringComparison.Ordinal)).ToList();
        messages[0].Should().StartWith(Path.Combine(_folder, "07.txt") + ":5:1: warning AP001: ");
        messages[1].Should().StartWith($"articleparser: '{Path.Combine(_folder, "13.txt")}': cannot read file: ");
        messages[2].Should().StartWith("articleparser: 20 files (1 failed), ").And.Contain("0 errors, 1 warning in");
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    // The file column of CSV output, relative to the test folder, with / separators.
    private List<string> Files(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
        .Select(row => Path.GetRelativePath(_folder, row[..row.IndexOf(',', StringComparison.Ordinal)]).Replace('\\', '/'))
        .ToList();

    private sealed class FailingWriter(Exception failure) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw failure;
    }

    private sealed class FailingStream(Exception failure) : MemoryStream
    {
        public FailingStream()
            : this(new IOException("No space left on device"))
        {
        }

        public override void Write(byte[] buffer, int offset, int count) => throw failure;

        public override void Write(ReadOnlySpan<byte> buffer) => throw failure;

        public override void WriteByte(byte value) => throw failure;
    }
}
