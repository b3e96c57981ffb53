using ArticleParser.Building;
using ArticleParser.Grammar;
using ArticleParser.Lexing;

namespace ArticleParser;

/// <summary>
/// Parses the text of a news or magazine article listing into entries, non-entry blocks and diagnostics.
/// </summary>
/// <remarks>
/// The parser holds no state between calls: every method is thread-safe and can be called concurrently.
/// </remarks>
public static class ListingParser
{
    /// <summary>Parses listing text into a document.</summary>
    /// <param name="text">The listing text; a leading BOM is ignored and <c>\n</c>, <c>\r\n</c> and <c>\r</c> line ends may be mixed.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ListingParserOptions.Default"/>.</param>
    /// <returns>The entries, non-entry blocks and diagnostics of <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ListingFormatException">Strict mode is on and a warning or error was found.</exception>
    public static ListingDocument Parse(string text, ListingParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ListingParserOptions.Default;

        var tokens = LineLexer.Tokenize(text);
        var nodes = ListingGrammar.Parse(tokens);
        var document = DocumentBuilder.Build(tokens, nodes);

        if (options.Strict)
        {
            ThrowOnFirstProblem(document);
        }

        return document;
    }

    /// <summary>Reads a reader to its end and parses the text into a document.</summary>
    /// <param name="reader">The reader to consume; it is not disposed.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ListingParserOptions.Default"/>.</param>
    /// <returns>The entries, non-entry blocks and diagnostics of the text read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ListingFormatException">Strict mode is on and a warning or error was found.</exception>
    public static ListingDocument Parse(TextReader reader, ListingParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Parse(reader.ReadToEnd(), options);
    }

    private static void ThrowOnFirstProblem(ListingDocument document)
    {
        foreach (var diagnostic in document.Diagnostics)
        {
            if (diagnostic.Severity >= DiagnosticSeverity.Warning)
            {
                throw new ListingFormatException(diagnostic);
            }
        }
    }
}
