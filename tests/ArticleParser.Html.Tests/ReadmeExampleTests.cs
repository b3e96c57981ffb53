using ArticleParser.Html.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Html.Tests;

/// <summary>The README's ArticleParser.Html example compiles (it is copied here verbatim) and prints what the README says.</summary>
[Collection(nameof(SerialConsoleTests))]
public sealed class ReadmeExampleTests
{
    private const string Marker = "<!-- readme-html-example";

    [Fact]
    public void Readme_example_is_this_code_verbatim()
    {
        var readme = File.ReadAllLines(RepositoryRoot.Combine("README.md"));

        Block(readme, "csharp", Marker).Should().Equal(ExampleSource, "the README example must be the code this test runs");
        ExampleSource.Length.Should().BeLessThanOrEqualTo(12, "the example is about ten lines");
    }

    [Fact]
    public void Readme_example_prints_what_the_readme_shows()
    {
        var readme = File.ReadAllLines(RepositoryRoot.Combine("README.md"));
        var output = new StringWriter { NewLine = "\n" };
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            RunExample();
        }
        finally
        {
            Console.SetOut(original);
        }

        var prints = Array.FindIndex(readme, Array.FindIndex(readme, l => l.StartsWith(Marker, StringComparison.Ordinal)), l => l == "prints");
        output.ToString().TrimEnd('\n').Split('\n').Should().Equal(Block(readme, "text", readme[prints], prints));
    }

    [Fact]
    public void Example_source_array_matches_the_method_body()
    {
        var source = File.ReadAllLines(RepositoryRoot.Combine("tests", "ArticleParser.Html.Tests", "ReadmeExampleTests.cs"));
        var start = Array.FindIndex(source, l => l == "    private static void RunExample()") + 2;
        var end = Array.FindIndex(source, start, l => l == "    }");
        var body = source[start..end].Select(l => l.Length >= 8 ? l[8..] : l.Trim());

        body.Should().Equal(ExampleSource.Skip(3), "the array above must be what RunExample compiles");
    }

    // The README example, line by line (its using lines and a blank line first).
    private static readonly string[] ExampleSource =
    [
        "using ArticleParser;",
        "using ArticleParser.Html;",
        "",
        "var html = \"<main><article><img src=k.jpg alt='Red kite over a valley'><h2><a href=/kites>Kites return</a></h2>\"",
        "    + \"<p class=excerpt>Volunteers counted forty breeding pairs this spring.</p><p class=byline>By Ana Ruiz</p></article></main>\";",
        "",
        "HtmlListingResult result = HtmlListing.Parse(html);",
        "for (var i = 0; i < result.Document.Entries.Count; i++)",
        "{",
        "    ListingEntry entry = result.Document.Entries[i];",
        "    Console.WriteLine($\"{entry.ImageCaption} / {entry.Headline} / {entry.Byline} <- {result.EntrySources[i].CssPath}\");",
        "}",
    ];

    private static void RunExample()
    {
        var html = "<main><article><img src=k.jpg alt='Red kite over a valley'><h2><a href=/kites>Kites return</a></h2>"
            + "<p class=excerpt>Volunteers counted forty breeding pairs this spring.</p><p class=byline>By Ana Ruiz</p></article></main>";

        HtmlListingResult result = HtmlListing.Parse(html);
        for (var i = 0; i < result.Document.Entries.Count; i++)
        {
            ListingEntry entry = result.Document.Entries[i];
            Console.WriteLine($"{entry.ImageCaption} / {entry.Headline} / {entry.Byline} <- {result.EntrySources[i].CssPath}");
        }
    }

    private static List<string> Block(string[] lines, string language, string after, int from = 0)
    {
        var start = Array.FindIndex(lines, from, l => l.StartsWith(after, StringComparison.Ordinal));
        var open = Array.FindIndex(lines, start, l => l == "```" + language);
        var close = Array.FindIndex(lines, open + 1, l => l == "```");
        return [.. lines[(open + 1)..close]];
    }
}

[CollectionDefinition(nameof(SerialConsoleTests), DisableParallelization = true)]
public sealed class SerialConsoleTests;
