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

    /// <summary>Reads the whole listing: UTF-8, or the encoding a byte order mark names.</summary>
    /// <param name="stdin">Standard input, for <c>-</c>.</param>
    /// <param name="bytes">The number of bytes read (for the throughput display).</param>
    /// <returns>The text.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public string Read(TextReader stdin, out long bytes)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        if (IsStandardInput)
        {
            var input = stdin.ReadToEnd();
            bytes = Encoding.UTF8.GetByteCount(input);
            return input;
        }

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        bytes = stream.Length;
        return text;
    }
}
