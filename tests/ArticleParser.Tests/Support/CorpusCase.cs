using System.Text.Json;

namespace ArticleParser.Tests.Support;

/// <summary>One listing of a test corpus: its text and its hand-checked expected output.</summary>
public sealed record CorpusCase(string Name, string Text, IReadOnlyList<ExpectedEntry> Entries, IReadOnlyList<string> NonEntryText)
{
    /// <summary>Gets a value indicating whether the expected file labels bylines and dates (every entry has both keys).</summary>
    public bool LabelsMetadata { get; init; }

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IEnumerable<CorpusCase> Load(string folder)
    {
        var directory = Path.Combine(Root, folder);
        return Directory.GetFiles(directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => FromFile(path));
    }

    public static CorpusCase FromFile(string path)
    {
        var expectedPath = Path.ChangeExtension(path, ".expected.json");
        using var json = JsonDocument.Parse(File.ReadAllText(expectedPath));
        var entries = json.RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => new ExpectedEntry(
                OptionalString(e, "imageCaption"),
                e.GetProperty("headline").GetString()!,
                OptionalString(e, "teaser"),
                OptionalString(e, "byline"),
                OptionalString(e, "published")))
            .ToList();
        var nonEntry = json.RootElement.TryGetProperty("nonEntryText", out var lines)
            ? lines.EnumerateArray().Select(l => l.GetString()!).ToList()
            : [];
        var labelsMetadata = json.RootElement.GetProperty("entries").EnumerateArray()
            .All(e => e.TryGetProperty("byline", out _) && e.TryGetProperty("published", out _));
        return new CorpusCase(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), entries, nonEntry) { LabelsMetadata = labelsMetadata };
    }

    public override string ToString() => Name;

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>The fields of one expected entry, as written in an <c>*.expected.json</c> file.</summary>
public sealed record ExpectedEntry(string? ImageCaption, string Headline, string? Teaser, string? Byline, string? Published)
{
    public static ExpectedEntry From(ListingEntry entry) => new(entry.ImageCaption, entry.Headline, entry.Teaser, null, null);

    /// <summary>Compares the three fields the seeds define: caption, headline and teaser.</summary>
    public bool MatchesSeedFields(ListingEntry entry) =>
        ImageCaption == entry.ImageCaption && Headline == entry.Headline && Teaser == entry.Teaser;
}
