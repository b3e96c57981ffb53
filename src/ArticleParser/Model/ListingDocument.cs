namespace ArticleParser;

/// <summary>
/// Holds the result of parsing one listing: its entries, the text that belongs to no entry,
/// and the diagnostics, all in document order.
/// </summary>
/// <remarks>Two documents are equal when their entries, blocks and diagnostics are equal, in order.</remarks>
public sealed class ListingDocument : IEquatable<ListingDocument>
{
    // The constructor System.Text.Json reads documents with (ListingJson.Deserialize); the parameters match the properties.
    [System.Text.Json.Serialization.JsonConstructor]
    internal ListingDocument(
        IReadOnlyList<ListingEntry> entries,
        IReadOnlyList<ListingBlock> nonEntryBlocks,
        IReadOnlyList<ListingDiagnostic> diagnostics,
        IReadOnlyList<ListingLayout> layouts)
    {
        Layouts = layouts;
        Entries = entries;
        NonEntryBlocks = nonEntryBlocks;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the entries, in the order they appear.</summary>
    public IReadOnlyList<ListingEntry> Entries { get; }

    /// <summary>Gets the lines that belong to no entry (page chrome, orphan lines), in the order they appear.</summary>
    public IReadOnlyList<ListingBlock> NonEntryBlocks { get; }

    /// <summary>Gets the record templates the parser inferred from the listing's repetition (empty when it repeats none), with what each covered.</summary>
    public IReadOnlyList<ListingLayout> Layouts { get; }

    /// <summary>Gets what the parser noticed about the input, ordered by position.</summary>
    public IReadOnlyList<ListingDiagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether any diagnostic has <see cref="DiagnosticSeverity.Error"/> severity.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Compares the entries, blocks and diagnostics of two documents in order.</summary>
    /// <param name="other">The document to compare with.</param>
    /// <returns><see langword="true"/> when both documents hold equal content.</returns>
    public bool Equals(ListingDocument? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Entries.SequenceEqual(other.Entries)
                && NonEntryBlocks.SequenceEqual(other.NonEntryBlocks)
                && Diagnostics.SequenceEqual(other.Diagnostics)
                && Layouts.SequenceEqual(other.Layouts)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ListingDocument);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in Entries)
        {
            hash.Add(entry);
        }

        hash.Add(NonEntryBlocks.Count);
        hash.Add(Diagnostics.Count);
        return hash.ToHashCode();
    }
}
