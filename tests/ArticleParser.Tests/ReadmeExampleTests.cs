using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>The README's example compiles (it is copied here verbatim) and prints what the README says.</summary>
[Collection(nameof(SerialConsoleTests))]
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Readme_example_is_this_code_verbatim()
    {
        var readme = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md"));

        Block(readme, "csharp").Should().Equal(ExampleSource, "the README example must be the code this test runs");
    }

    [Fact]
    public void Readme_example_prints_what_the_readme_shows()
    {
        var readme = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md"));
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

        output.ToString().TrimEnd('\n').Split('\n').Should().Equal(Block(readme, "text", after: "prints"));
    }

    // The body of RunExample, as the README shows it (with its using line).
    private static readonly string[] ExampleSource =
    [
        "using ArticleParser;",
        "",
        "var text = \"Bolsonaro Brazil President\\n[Video] How Did Bolsonaro Win the Brazilian Elections?\\n\\n\"",
        "    + \"Jorge Martin discusses the results of Sunday’s presidential elections in Brazil […]\\n\";",
        "",
        "ListingDocument document = ListingParser.Parse(text);",
        "foreach (ListingEntry entry in document.Entries)",
        "{",
        "    Console.WriteLine($\"{entry.HeadlineSpan.Line}:{entry.HeadlineSpan.Column} {entry.Headline} (label: {entry.Label})\");",
        "    Console.WriteLine($\"  caption: {entry.ImageCaption}; truncated teaser: {entry.IsTeaserTruncated}\");",
        "}",
    ];

    private static void RunExample()
    {
        var text = "Bolsonaro Brazil President\n[Video] How Did Bolsonaro Win the Brazilian Elections?\n\n"
            + "Jorge Martin discusses the results of Sunday’s presidential elections in Brazil […]\n";

        ListingDocument document = ListingParser.Parse(text);
        foreach (ListingEntry entry in document.Entries)
        {
            Console.WriteLine($"{entry.HeadlineSpan.Line}:{entry.HeadlineSpan.Column} {entry.Headline} (label: {entry.Label})");
            Console.WriteLine($"  caption: {entry.ImageCaption}; truncated teaser: {entry.IsTeaserTruncated}");
        }
    }

    [Fact]
    public void Example_source_array_matches_the_method_body()
    {
        var source = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "ReadmeExampleTests.cs"));
        var start = Array.FindIndex(source, l => l.Contains("private static void RunExample()", StringComparison.Ordinal)) + 2;
        var end = Array.FindIndex(source, start, l => l == "    }");
        var body = source[start..end].Select(l => l.Length >= 8 ? l[8..] : l.Trim());

        body.Should().Equal(ExampleSource.Skip(2), "the array above must be what RunExample compiles");
    }

    private static List<string> Block(string[] lines, string language, string? after = null)
    {
        var from = after is null
            ? Array.FindIndex(lines, l => l.StartsWith("<!-- readme-example", StringComparison.Ordinal))
            : Array.FindIndex(lines, l => l == after);
        var open = Array.FindIndex(lines, from, l => l == "```" + language);
        var close = Array.FindIndex(lines, open + 1, l => l == "```");
        return [.. lines[(open + 1)..close]];
    }
}

[CollectionDefinition(nameof(SerialConsoleTests), DisableParallelization = true)]
public sealed class SerialConsoleTests;
