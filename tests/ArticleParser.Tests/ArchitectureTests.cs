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

    [GeneratedRegex(@"\b\w+Recognizer\.\w+")]
    private static partial Regex RecognizerCall();
}
