using ArticleParser.Cli;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// Edges of the command line a user meets: an option that does nothing with the chosen format, a mistyped
/// option, an option or switch given twice, short options bundled, switches that cannot be combined,
/// <c>--version</c> with other arguments, and globs that leave nothing out or have no directory to apply to.
/// </summary>
public sealed class CliUsageEdgeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("articleparser-usage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(new[] { "--format", "csv", "--spans" }, "--spans is for --format json (it adds the spans of entries, fields and blocks); it has no effect with --format csv: drop it, or use --format json")]
    [InlineData(new[] { "-f", "jsonl", "--spans" }, "--spans is for --format json (it adds the spans of entries, fields and blocks); it has no effect with --format jsonl: drop it, or use --format json")]
    [InlineData(new[] { "--format", "jsonl", "--indent" }, "--indent is for --format json (it indents the document); it has no effect with --format jsonl: drop it, or use --format json")]
    [InlineData(new[] { "--indent", "-f", "csv" }, "--indent is for --format json (it indents the document); it has no effect with --format csv: drop it, or use --format json")]
    [InlineData(new[] { "-f", "csv", "--compact" }, "--compact is for --format json (it writes the document on one line); it has no effect with --format csv: drop it, or use --format json")]
    [InlineData(new[] { "--format", "jsonl", "--spans", "false" }, "--spans is for --format json (it adds the spans of entries, fields and blocks); it has no effect with --format jsonl: drop it, or use --format json")]
    public void A_json_option_with_another_format_is_a_usage_error(string[] options, string message)
    {
        var path = Write("a.txt", "Head\n\nTeaser.");

        var result = Cli.Run([path, .. options]);

        result.Should().Be(new Cli.Result(2, "", Cli.Lines("articleparser: " + message, CliApp.Usage)));
    }

    [Fact]
    public void The_json_options_still_work_with_json()
    {
        var path = Write("a.txt", "Head\n\nTeaser.");

        Cli.Run([path, "-f", "json", "--spans", "--indent", "-q"]).Code.Should().Be(0);
        Cli.Run([path, "--compact", "-q"]).Should().Be(Cli.Run([path, "-q"]));
    }

    [Theory]
    [InlineData("--fromat", "--format")]
    [InlineData("--feilds", "--fields")]
    [InlineData("--fomat", "--format")]
    [InlineData("--exlude", "--exclude")]
    [InlineData("--strcit", "--strict")]
    [InlineData("--verbos", "--verbose")]
    [InlineData("--FORMAT", "--format")]
    [InlineData("--fromat=csv", "--format")]
    [InlineData("--no-metdata", "--no-metadata")]
    [InlineData("--max-line-lenght", "--max-line-length")]
    public void A_mistyped_option_suggests_the_nearest_known_one(string typed, string suggested)
    {
        var path = Write("a.txt", "Head\n\nTeaser.");

        var result = Cli.Run([path, typed, "csv"]);

        result.Should().Be(new Cli.Result(2, "", Cli.Lines($"articleparser: unknown option '{typed}': did you mean {suggested}?", CliApp.Usage)));
    }

    [Theory]
    [InlineData("--fast")]
    [InlineData("--xyz")]
    [InlineData("-x")]
    public void An_unknown_option_far_from_every_known_one_gets_no_suggestion(string typed)
    {
        var path = Write("a.txt", "Head\n\nTeaser.");

        Cli.Run([path, typed]).Should().Be(new Cli.Result(2, "", Cli.Lines($"articleparser: unknown option '{typed}'", CliApp.Usage)));
    }

    [Theory]
    [InlineData(new[] { "--format", "csv", "--format", "jsonl" }, "--format is given twice ('csv' and 'jsonl'): give it once")]
    [InlineData(new[] { "-f", "csv", "--format", "csv" }, "--format is given twice ('csv' and 'csv'): give it once")]
    [InlineData(new[] { "-f", "csv", "-f", "jsonl", "-f", "json" }, "--format is given 3 times ('csv', 'jsonl' and 'json'): give it once")]
    [InlineData(new[] { "-o", "a.json", "--output", "b.json" }, "--output is given twice ('a.json' and 'b.json'): give it once")]
    [InlineData(new[] { "-f", "csv", "--fields", "headline", "--fields", "path" }, "--fields is given twice ('headline' and 'path'): give it once")]
    [InlineData(new[] { "--fail-on", "error", "--fail-on", "never" }, "--fail-on is given twice ('error' and 'never'): give it once")]
    [InlineData(new[] { "--input-format", "text", "--input-format", "html" }, "--input-format is given twice ('text' and 'html'): give it once")]
    [InlineData(new[] { "--max-line-length", "10", "--max-line-length", "20" }, "--max-line-length is given twice ('10' and '20'): give it once")]
    public void An_option_that_takes_one_value_given_twice_is_a_usage_error_in_the_usual_style(string[] options, string message)
    {
        var path = Write("a.txt", "Head\n\nTeaser.");

        var result = Cli.Run([path, .. options]);

        result.Should().Be(new Cli.Result(2, "", Cli.Lines("articleparser: " + message, CliApp.Usage)));
    }

    [Fact]
    public void An_exclude_that_leaves_nothing_out_is_warned_about_and_the_run_goes_on()
    {
        Write("a.txt", "A head\n\nA teaser.");
        Write("drafts/b.txt", "B head\n\nB teaser.");

        var result = Cli.Run([_folder, "-f", "csv", "--fields", "headline", "--exclude", "nomatch*"]);

        result.Code.Should().Be(0, "a warning about the command line is not an error");
        result.Stdout.Should().Be("headline\r\nA head\r\nB head\r\n");
        result.Stderr.Should().Be(Cli.Lines(
            $"articleparser: warning: --exclude 'nomatch*' left out none of the *.txt files in '{_folder}'",
            Cli.Summary("2 files", "2 entries")));
    }

    [Fact]
    public void Only_the_excludes_that_leave_nothing_out_are_warned_about_even_with_quiet()
    {
        Write("a.txt", "A head\n\nA teaser.");
        Write("drafts/b.txt", "B head\n\nB teaser.");
        Write("notes.md", "Notes\n\nNot parsed.");
        var other = Directory.CreateDirectory(Path.Combine(_folder, "..", Path.GetFileName(_folder) + "-other")).FullName;
        try
        {
            File.WriteAllText(Path.Combine(other, "c.txt"), "C head\n\nC teaser.");

            // *.md matches a file, but one that --pattern does not pick: it leaves nothing out either.
            var result = Cli.Run([_folder, other, "-f", "csv", "--fields", "headline", "--exclude", "drafts/**", "--exclude", "*.md", "-q"]);

            result.Should().Be(new Cli.Result(0, "headline\r\nA head\r\nC head\r\n", Cli.Lines(
                $"articleparser: warning: --exclude '*.md' left out none of the *.txt files in '{_folder}' and '{other}'")));
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Theory]
    [InlineData("-format", "csv", "--format")]
    [InlineData("-Format", "csv", "--format")]
    [InlineData("-output", "out.json", "--output")]
    [InlineData("-pattern", "*.md", "--pattern")]
    [InlineData("-fields", "headline", "--fields")]
    [InlineData("-strict", "-q", "--strict")]
    [InlineData("-format=csv", "-q", "--format")]
    public void A_long_option_after_one_dash_is_a_usage_error_that_suggests_two_dashes(string typed, string next, string meant)
    {
        // Bundled, "-format" was "-f ormat" and "-output out.json" wrote a file called "utput".
        var path = Write("a.txt", "Head\n\nTeaser.");

        var result = Cli.Run([path, typed, next]);

        result.Should().Be(new Cli.Result(2, "", Cli.Lines(
            $"articleparser: unknown option '{typed}': a long option takes two dashes: did you mean {meant}?", CliApp.Usage)));
    }

    [Theory]
    [InlineData("-qx", "short options cannot be bundled, and there is no option -x")]
    [InlineData("-qv", "short options cannot be bundled: give -q -v")]
    [InlineData("-vh", "short options cannot be bundled: give -v -h")]
    [InlineData("-fcsv", "give -f and its value apart, as -f csv")]
    [InlineData("-oout.json", "give -o and its value apart, as -o out.json")]
    public void Short_options_are_not_bundled_and_a_bundle_says_how_to_give_them(string typed, string why)
    {
        // Bundled, "-qx" was "-q" and an input called "x", and "-qv" ran quietly and verbosely at once.
        var path = Write("a.txt", "Head\n\nTeaser.");

        Cli.Run([path, typed]).Should().Be(new Cli.Result(2, "", Cli.Lines($"articleparser: unknown option '{typed}': {why}", CliApp.Usage)));
    }

    [Fact]
    public void A_short_option_takes_its_value_after_a_space_or_an_equals_sign()
    {
        var path = Write("a.txt", "Head\n\nTeaser.");

        Cli.Run([path, "-f=csv", "-q"]).Should().Be(Cli.Run([path, "-f", "csv", "-q"]));
        Cli.Run([path, "-f", "csv", "-q"]).Should().Be(new Cli.Result(0, "path,index,imageCaption,headline,teaser,isTeaserTruncated,label,byline,published,publishedDate,readMore,line,column\r\n"
            + $"{path},1,,Head,Teaser.,false,,,,,,1,1\r\n", ""));
    }

    [Theory]
    [InlineData("-F", "did you mean -f (--format)?")]
    [InlineData("-Q", "did you mean -q (--quiet)?")]
    [InlineData("\u2014format", "it starts with '\u2014', not '-' (copied from a document?): did you mean --format?")]
    [InlineData("\u2013\u2013format", "it starts with '\u2013', not '-' (copied from a document?): did you mean --format?")]
    public void A_near_miss_short_option_or_a_typographic_dash_is_named(string typed, string why)
    {
        var path = Write("a.txt", "Head\n\nTeaser.");

        Cli.Run([path, typed, "csv"]).Should().Be(new Cli.Result(2, "", Cli.Lines($"articleparser: unknown option '{typed}': {why}", CliApp.Usage)));
    }

    [Theory]
    [InlineData(new[] { "-v", "-v" }, "--verbose is given twice ('-v' and '-v'): give it once")]
    [InlineData(new[] { "-q", "--quiet" }, "--quiet is given twice ('-q' and '--quiet'): give it once")]
    [InlineData(new[] { "--strict", "--strict", "--strict" }, "--strict is given 3 times ('--strict', '--strict' and '--strict'): give it once")]
    [InlineData(new[] { "--no-chrome", "-q", "--no-chrome" }, "--no-chrome is given twice ('--no-chrome' and '--no-chrome'): give it once")]
    [InlineData(new[] { "--explain", "--explain" }, "--explain is given twice ('--explain' and '--explain'): give it once")]
    public void A_switch_given_twice_is_a_usage_error_like_an_option_given_twice(string[] options, string message)
    {
        var path = Write("a.txt", "Head\n\nTeaser.");

        Cli.Run([path, .. options]).Should().Be(new Cli.Result(2, "", Cli.Lines("articleparser: " + message, CliApp.Usage)));
    }

    [Theory]
    [InlineData("--indent", "2")]
    [InlineData("--strict", "1")]
    public void A_number_after_a_switch_is_a_usage_error_that_says_the_switch_takes_no_value(string option, string number)
    {
        // Found by a new user's trial: "--indent 2" read 2 as a missing file and still parsed the rest.
        var path = Write("a.txt", "Head\n\nTeaser.");

        Cli.Run([path, option, number]).Should().Be(new Cli.Result(2, "",
            Cli.Lines($"articleparser: {option} takes no value, so '{number}' after it would be read as an input file: drop it", CliApp.Usage)));
    }

    [Theory]
    [InlineData(new[] { "--version", "--version" }, "--version is given twice ('--version' and '--version'): give it once")]
    [InlineData(new[] { "--help", "-h" }, "--help is given twice ('--help' and '-h'): give it once")]
    public void Help_or_version_given_twice_is_a_usage_error_too(string[] options, string message)
    {
        // Found by a new user's trial: "--version --version" printed the version.
        Cli.Run(options).Should().Be(new Cli.Result(2, "", Cli.Lines("articleparser: " + message, CliApp.Usage)));
    }

    [Theory]
    [InlineData("--verbose", "--quiet")]
    [InlineData("-q", "-v")]
    [InlineData("--quiet", "--verbose")]
    public void Verbose_and_quiet_together_are_a_usage_error(string first, string second)
    {
        var path = Write("a.txt", "Head\n\nTeaser.");

        Cli.Run([path, first, second]).Should().Be(new Cli.Result(2, "", Cli.Lines(
            "articleparser: --verbose and --quiet cannot be combined: one asks for more on standard error, the other for less", CliApp.Usage)));
    }

    [Theory]
    [InlineData("--strict=yes", "--strict is a switch: it takes no value (or true or false), not 'yes' in '--strict=yes'")]
    [InlineData("--spans:1", "--spans is a switch: it takes no value (or true or false), not '1' in '--spans:1'")]
    public void A_switch_given_a_value_other_than_true_or_false_is_a_usage_error(string typed, string message)
    {
        // "--strict=yes" left "yes" to the inputs: the run went on and then missed a file called yes.
        var path = Write("a.txt", "Head\n\nTeaser.");

        Cli.Run([path, typed]).Should().Be(new Cli.Result(2, "", Cli.Lines("articleparser: " + message, CliApp.Usage)));
    }

    [Theory]
    [InlineData(new[] { "{0}", "--version" }, "('{0}')")]
    [InlineData(new[] { "--version", "--format", "csv" }, "('--format' and 'csv')")]
    [InlineData(new[] { "--version", "-q", "{0}", "-f", "csv", "--strict" }, "('-q', '{0}', '-f' and 2 more)")]
    public void Version_with_other_arguments_is_a_usage_error_in_the_usual_style(string[] args, string others)
    {
        var path = Write("a.txt", "Head\n\nTeaser.");

        var result = Cli.Run([.. args.Select(a => a.Replace("{0}", path, StringComparison.Ordinal))]);

        result.Should().Be(new Cli.Result(2, "", Cli.Lines(
            $"articleparser: --version cannot be combined with other arguments {others.Replace("{0}", path, StringComparison.Ordinal)}: give it alone", CliApp.Usage)));
    }

    [Fact]
    public void The_usage_names_every_option_and_short_form_within_80_columns()
    {
        var usage = CliApp.Usage.Split(Environment.NewLine);
        var words = usage.SelectMany(l => l.Split([' ', '[', ']', '|'], StringSplitOptions.RemoveEmptyEntries)).ToHashSet();

        foreach (var option in new CliCommand(_ => 0).Command.Options)
        {
            foreach (var name in option.Aliases.Prepend(option.Name).Where(n => n.StartsWith('-')))
            {
                words.Should().Contain(name, $"the usage names {option.Name}");
            }
        }

        usage.Should().OnlyContain(l => l.Length <= CliCommand.HelpWidth);
    }

    [Fact]
    public void Pattern_and_exclude_with_files_only_are_warned_about_and_the_run_goes_on()
    {
        var a = Write("a.txt", "A head\n\nA teaser.");
        var b = Write("b.md", "B head\n\nB teaser.");

        var one = Cli.Run([a, "-f", "csv", "--fields", "headline", "-p", "*.md"]);
        var two = Cli.Run([a, b, "-", "-f", "csv", "--fields", "headline", "--exclude", "b*", "-p", "*.txt", "-q"], stdin: "S head\n\nS teaser.\n");

        one.Should().Be(new Cli.Result(0, "headline\r\nA head\r\n", Cli.Lines(
            "articleparser: warning: --pattern '*.md' has no effect: it applies to the files found in a directory, and no input is a directory",
            Cli.Summary("1 file", "1 entry"))));
        two.Should().Be(new Cli.Result(0, "headline\r\nA head\r\nB head\r\nS head\r\n", Cli.Lines(
            "articleparser: warning: --pattern '*.txt' and --exclude 'b*' have no effect: they apply to the files found in a directory, and no input is a directory")));
    }

    [Fact]
    public void Pattern_with_a_directory_among_the_inputs_is_not_warned_about()
    {
        var a = Write("a.txt", "A head\n\nA teaser.");
        Write("pages/b.md", "B head\n\nB teaser.");

        var result = Cli.Run([a, Path.Combine(_folder, "pages"), "-f", "csv", "--fields", "headline", "-p", "*.md", "-q"]);

        result.Should().Be(new Cli.Result(0, "headline\r\nA head\r\nB head\r\n", ""));
    }

    [Fact]
    public void A_directory_without_matches_names_the_files_it_holds_and_the_pattern_for_them()
    {
        Write("site/a.html", "<p>A</p>");
        Write("site/b.html", "<p>B</p>");
        Write("site/notes.md", "Notes");
        var site = Path.Combine(_folder, "site");
        Write("one/c.md", "C");
        var one = Path.Combine(_folder, "one");

        Cli.Run([site]).Should().Be(new Cli.Result(2, "", Cli.Lines(
            $"articleparser: '{site}': directory holds no *.txt files, but 2 .html files: give --pattern '*.html' to parse them")));
        Cli.Run([one]).Should().Be(new Cli.Result(2, "", Cli.Lines(
            $"articleparser: '{one}': directory holds no *.txt files, but 1 .md file: give --pattern '*.md' to parse it")));
    }

    [Fact]
    public void An_argument_that_starts_with_an_at_sign_is_a_file_name_not_a_response_file()
    {
        // As a response file, "@<path>" was replaced by the words in the file: here a whole other command line.
        var path = Write("args.txt", "--format\ncsv\n" + Write("a.txt", "Head\n\nTeaser.") + "\n");

        Cli.Run(["@" + path]).Should().Be(new Cli.Result(2, "", Cli.Lines($"articleparser: '@{path}': no such file or directory")));
    }

    [Fact]
    public void Standard_input_from_a_terminal_says_how_to_end_it_before_it_waits()
    {
        // "articleparser -" with nothing piped in waited for the terminal without a word, as if it hung.
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var host = new CliHost(new MemoryStream("Head\n\nTeaser.\n"u8.ToArray()), stdout, stderr) { StdinIsTerminal = true, Time = new SteppingClock(TimeSpan.Zero) };

        var code = CliApp.Run(["-", "-f", "csv", "--fields", "headline"], host);

        code.Should().Be(0);
        System.Text.Encoding.UTF8.GetString(stdout.ToArray()).Should().Be("headline\r\nHead\r\n");
        stderr.ToString().Should().Be(Cli.Lines(
            OperatingSystem.IsWindows()
                ? "articleparser: reading the listing from the terminal: paste or type it, then press Ctrl+Z and Enter"
                : "articleparser: reading the listing from the terminal: paste or type it, then press Ctrl+D",
            Cli.Summary("1 file", "1 entry")));
        Cli.Run(["-", "-q"], stdin: "Head\n\nTeaser.\n").Stderr.Should().BeEmpty("piped input needs no hint");
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Standard_input_closed_at_start_is_a_read_error_not_a_wait_and_a_piped_one_is_read(bool closed)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // the test starts the command from /bin/sh with descriptor 0 closed; the check reads /proc
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "ArticleParser.Cli.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", closed ? "exec \"$0\" \"$1\" - -q <&-" : "printf 'Head\\n\\nA teaser long enough to be one.\\n' | \"$0\" \"$1\" - -q", dotnet, cli },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdoutRead = process.StandardOutput.ReadToEndAsync();
        var stderrRead = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exited = true;
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            exited = false;
            process.Kill(entireProcessTree: true);
        }

        exited.Should().BeTrue("the command must not wait on a closed standard input");
        var (stdout, stderr) = (await stdoutRead, await stderrRead);
        if (closed)
        {
            process.ExitCode.Should().Be(2);
            stderr.Should().StartWith("articleparser: '<stdin>': cannot read file: standard input is closed");
        }
        else
        {
            process.ExitCode.Should().Be(0, stderr);
            stdout.Should().Contain("\"teaser\":\"A teaser long enough to be one.\"");
        }
    }
}
