using ArticleParser.Building;

namespace ArticleParser.Streaming;

/// <summary>
/// Queues entries for a streaming iterator and hands blocks and diagnostics to the caller's callbacks as they are found.
/// </summary>
internal sealed class StreamingSink(ListingParserOptions options) : IListingSink
{
    public Queue<ListingEntry> Entries { get; } = new();

    public void OnEntry(ListingEntry entry) => Entries.Enqueue(entry);

    public void OnBlock(ListingBlock block) => options.OnNonEntryBlock?.Invoke(block);

    public void OnDiagnostic(ListingDiagnostic diagnostic) => Report(options, diagnostic);

    /// <summary>Hands a diagnostic to the caller's callback; in strict mode a warning or error ends the stream.</summary>
    public static void Report(ListingParserOptions options, ListingDiagnostic diagnostic)
    {
        options.OnDiagnostic?.Invoke(diagnostic);
        if (options.Strict && diagnostic.Severity >= DiagnosticSeverity.Warning)
        {
            throw new ListingFormatException(diagnostic);
        }
    }
}
