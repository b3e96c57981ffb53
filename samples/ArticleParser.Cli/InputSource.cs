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

    /// <summary>Opens the bytes to parse: standard input, or the file. Both go through the library's decoder.</summary>
    /// <param name="stdin">Standard input, for <c>-</c>.</param>
    /// <param name="length">The file's length, or 0 for standard input.</param>
    /// <returns>The stream, which the caller disposes unless it is <paramref name="stdin"/>.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public Stream Open(Stream stdin, out long length)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        if (IsStandardInput)
        {
            length = 0;
            return stdin;
        }

        var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        length = stream.Length;
        return stream;
    }
}
