using ArticleParser.Cli;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>The --pattern globs (Microsoft.Extensions.FileSystemGlobbing: * and **): name patterns match at any depth, patterns with a / match the path below the directory.</summary>
public sealed class CliGlobTests
{
    [Theory]
    [InlineData("*.txt", "a.txt", true)]
    [InlineData("*.txt", "deep/er/a.txt", true)]
    [InlineData("*.txt", "a.txt.bak", false)]
    [InlineData("*.txt", "a.TXT", false)]
    [InlineData("*.txt", ".hidden.txt", true)]
    [InlineData("front*", "news/front-page.txt", true)]
    [InlineData("a+b(1).txt", "a+b(1).txt", true)]
    [InlineData("a+b(1).txt", "aab1.txt", false)]
    [InlineData("news/*.txt", "news/a.txt", true)]
    [InlineData("news/*.txt", "news/2024/a.txt", false)]
    [InlineData("news/*.txt", "a.txt", false)]
    [InlineData("news/**/*.txt", "news/a.txt", true)]
    [InlineData("news/**/*.txt", "news/2024/05/a.txt", true)]
    [InlineData("news/**/*.txt", "old/news/a.txt", false)]
    [InlineData("**/news/*.txt", "old/news/a.txt", true)]
    [InlineData("**/news/*.txt", "news/a.txt", true)]
    [InlineData("news/**", "news/2024/a.md", true)]
    [InlineData("*/a.txt", "x/a.txt", true)]
    [InlineData("*/a.txt", "x/y/a.txt", false)]
    [InlineData("news\\*.txt", "news/a.txt", true)]
    public void Matches(string pattern, string relativePath, bool expected)
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            expected |= pattern == "*.txt" && relativePath == "a.TXT";
        }

        new Glob(pattern).IsMatch(relativePath).Should().Be(expected);
        new Glob([pattern, "nothing"], ["*.bak"]).IsMatch(relativePath).Should().Be(expected, "another pattern and an exclude change nothing here");
        new Glob(pattern).IsMatch(relativePath.Replace('/', '\\')).Should().Be(expected, "either separator works");
    }

    [Theory]
    [InlineData("--pattern", "a?.txt", "? is not a wildcard here (only * within a name and ** across folders are); use *")]
    [InlineData("--exclude", "news/draft-?/**", "? is not a wildcard here (only * within a name and ** across folders are); use *")]
    [InlineData("--pattern", "*.{txt,md}", "{a,b} alternatives are not supported (only * and ** are); give the option once for each")]
    public void A_glob_that_would_be_taken_literally_is_a_usage_error(string option, string glob, string reason)
    {
        var folder = Directory.CreateTempSubdirectory("articleparser-glob-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a1.txt"), "A head\n\nA teaser.");

            Cli.Run([folder, option, glob]).Should().Be(new Cli.Result(2, "", Cli.Lines($"articleparser: {option} '{glob}': {reason}", CliApp.Usage)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("{draft}.txt")]
    [InlineData("report[1].txt")]
    public void Braces_without_alternatives_and_brackets_stay_literal(string pattern)
    {
        Glob.Unsupported(pattern).Should().BeNull();
        new Glob(pattern).IsMatch(pattern).Should().BeTrue();
    }

    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("drafts/a.txt", false)]
    [InlineData("old/drafts/a.txt", true)]
    [InlineData("a.bak.txt", false)]
    public void Excludes_leave_files_out(string relativePath, bool expected)
    {
        new Glob(["*.txt"], ["drafts/**", "*.bak.txt"]).IsMatch(relativePath).Should().Be(expected);
    }
}
