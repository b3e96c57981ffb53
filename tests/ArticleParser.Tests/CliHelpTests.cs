using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>The README's command-line section shows the real <c>articleparser --help</c> output.</summary>
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
}
