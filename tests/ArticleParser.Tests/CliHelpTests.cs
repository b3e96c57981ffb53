using System.Text.Json;
using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// The README's command-line section shows the real <c>articleparser --help</c> output, and its <c>--fields</c>
/// example prints what its comment says.
/// </summary>
public sealed class CliHelpTests
{
    private const string Marker = "<!-- articleparser-help:";

    [Fact]
    public void Readme_shows_the_help_output_verbatim()
    {
        var readme = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var marker = Array.FindIndex(readme, l => l.StartsWith(Marker, StringComparison.Ordinal));
        marker.Should().BeGreaterThan(0, "the README marks the help block");
        readme[marker + 1].Should().Be("```text");
        var end = Array.IndexOf(readme, "```", marker + 2);
        var block = readme[(marker + 2)..end];

        var result = Cli.Run(["--help"]);

        result.Code.Should().Be(0);
        result.Stdout.Split(Environment.NewLine).SkipLast(1).Should().Equal(block);
    }

    [Fact]
    public void Readme_fields_example_runs_on_a_sample_with_dates_and_prints_its_comment()
    {
        var readme = File.ReadAllLines(RepositoryRoot.Combine("README.md"));
        var line = Array.FindIndex(readme, l => l.StartsWith("articleparser ", StringComparison.Ordinal) && l.Contains("--fields headline,published", StringComparison.Ordinal));
        line.Should().BeGreaterThan(0, "the README's recipe shows --fields headline,published");
        string[] args = [.. readme[line].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)];
        args[0] = RepositoryRoot.Combine(args[0].Split('/'));

        var result = Cli.Run([.. args, "-q"]);

        result.Code.Should().Be(0);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCountGreaterThan(1);
        foreach (var entry in lines)
        {
            using var json = JsonDocument.Parse(entry);
            json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(["headline", "published"], "every line is an entry with its date: {0}", entry);
        }

        const string Comment = "# prints one line per entry, the first ";
        readme[line + 1].Should().StartWith(Comment);
        lines[0].Should().Be(readme[line + 1][Comment.Length..]);
    }
}
