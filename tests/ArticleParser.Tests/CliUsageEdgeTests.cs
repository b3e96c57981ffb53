using ArticleParser.Cli;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// Edges of the command line a user meets: an option that does nothing with the chosen format, a mistyped
/// option, an option given twice, and an <c>--exclude</c> that leaves nothing out.
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

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
