using System.Text.RegularExpressions;
using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// The library's stages as the source shows them: recognition happens in the lexer, which the later stages ask through
/// its tokens and its token list, never by calling a recognizer themselves.
/// </summary>
public sealed partial class ArchitectureTests
{
    [Fact]
    public void No_recognizer_is_called_outside_the_lexer()
    {
        var library = RepositoryRoot.Combine("src", "ArticleParser");
        var lexing = Path.Combine(library, "Lexing") + Path.DirectorySeparatorChar;
        var calls = new List<string>();
        foreach (var file in Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories))
        {
            if (file.StartsWith(lexing, StringComparison.Ordinal) || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = lines[i].TrimStart();
                if (!code.StartsWith("//", StringComparison.Ordinal) && RecognizerCall().IsMatch(code))
                {
                    calls.Add($"{Path.GetRelativePath(library, file)}:{i + 1}: {code}");
                }
            }
        }

        calls.Should().BeEmpty("the layout, grammar and builder read what the lexer recognised (see issue 9, 'Architecture')");
    }

    [Fact]
    public void The_library_shows_lexer_layout_grammar_and_builder_as_folders()
    {
        var library = RepositoryRoot.Combine("src", "ArticleParser");

        Directory.EnumerateDirectories(library).Select(Path.GetFileName).Should().Contain(["Lexing", "Layout", "Grammar", "Building"]);
    }

    [Fact]
    public void No_method_runs_much_past_sixty_lines()
    {
        // A method's body is the lines from its signature to the closing brace at the signature's indent; local
        // functions count with the method that holds them.
        var library = RepositoryRoot.Combine("src", "ArticleParser");
        var longer = new List<string>();
        foreach (var file in Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (MethodSignature().Match(lines[i]) is not { Success: true } signature || lines[i].TrimEnd().EndsWith(';'))
                {
                    continue;
                }

                var indent = signature.Groups["indent"].Value;
                var open = Array.FindIndex(lines, i, line => line.TrimEnd() == indent + "{" || line.Contains("=>", StringComparison.Ordinal));
                if (open < 0 || lines[open].TrimEnd() != indent + "{")
                {
                    continue;
                }

                var close = Array.FindIndex(lines, open + 1, line => line.TrimEnd() == indent + "}");
                if (close - i + 1 > MaxMethodLines)
                {
                    longer.Add($"{Path.GetRelativePath(library, file)}:{i + 1}: {signature.Groups["name"].Value}, {close - i + 1} lines");
                }

                i = close;
            }
        }

        string.Join(Environment.NewLine, longer).Should().BeEmpty("no method is longer than about 60 lines (issue 9, 'Architecture')");
    }

    /// <summary>The most lines a method may take, signature and braces included: "about 60".</summary>
    private const int MaxMethodLines = 64;

    [GeneratedRegex(@"^(?<indent>\s+)(?:public|private|internal|protected|static)\b(?![^(]*\b(?:class|record|struct|interface)\b)[^=;]*\b(?<name>\w+)\s*(?:<[^>]*>)?\(")]
    private static partial Regex MethodSignature();

    [GeneratedRegex(@"\b\w+Recognizer\.\w+")]
    private static partial Regex RecognizerCall();
}
