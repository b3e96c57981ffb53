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
    [InlineData("a.txt", true)]
    [InlineData("drafts/a.txt", false)]
    [InlineData("old/drafts/a.txt", true)]
    [InlineData("a.bak.txt", false)]
    public void Excludes_leave_files_out(string relativePath, bool expected)
    {
        new Glob(["*.txt"], ["drafts/**", "*.bak.txt"]).IsMatch(relativePath).Should().Be(expected);
    }
}
