using System.Text;

namespace ArticleParser.Cli;

/// <summary>One listing to parse: a file, or standard input.</summary>
/// <param name="Path">The file's path as given or as found below a given directory; <c>-</c> for standard input.</param>
internal sealed record InputSource(string Path)
{
    /// <summary>The name standard input is reported under.</summary>
    public const string StandardInputName = "<stdin>";

    /// <summary>Gets a value indicating whether this is standard input.</summary>
    public bool IsStandardInput => Path == "-";

    /// <summary>Gets the name used in the output and in messages.</summary>
    public string DisplayName => IsStandardInput ? StandardInputName : Path;

    /// <summary>Reads and parses the whole listing: a file as bytes (UTF-8, or UTF-16 by its BOM), standard input as text.</summary>
    /// <param name="stdin">Standard input, for <c>-</c>.</param>
    /// <param name="options">The parser options.</param>
    /// <param name="bytes">The number of bytes read (for the throughput display).</param>
    /// <returns>The document.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="ListingFormatException">Strict mode found a warning or error.</exception>
    public ListingDocument Parse(TextReader stdin, ListingParserOptions options, out long bytes)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        if (IsStandardInput)
        {
            var input = stdin.ReadToEnd();
            bytes = Encoding.UTF8.GetByteCount(input);
            return ListingParser.Parse(input, options);
        }

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        bytes = stream.Length;
        return ListingParser.Parse(stream, options);
    }
}
