using System.Text.Json;

namespace ArticleParser.Html.Tests.Support;

/// <summary>One page of the HTML corpus: its markup, its hand-written expected entries and its golden text view.</summary>
public sealed record HtmlPage(string Name, string Html, IReadOnlyList<ExpectedEntry> Entries)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>Gets the corpus folder in the clone, where golden files are written on a difference.</summary>
    public static string SourceFolder => RepositoryRoot.Combine("tests", "ArticleParser.Html.Tests", "Corpus");

    public static IReadOnlyList<HtmlPage> All { get; } = Load();

    public static TheoryData<string> Names() => new(All.Select(p => p.Name));

    public static HtmlPage Named(string name) => All.Single(p => p.Name == name);

    public string GoldenText => File.ReadAllText(Path.Combine(Folder, Name + ".txt"));

    public override string ToString() => Name;

    private static List<HtmlPage> Load() =>
        Directory.GetFiles(Folder, "*.html")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                using var json = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".expected.json")));
                var entries = json.RootElement.GetProperty("entries").EnumerateArray()
                    .Select(e => new ExpectedEntry(
                        Optional(e, "imageCaption"), e.GetProperty("headline").GetString()!, Optional(e, "teaser"),
                        Optional(e, "byline"), Optional(e, "published")))
                    .ToList();
                return new HtmlPage(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), entries);
            })
            .ToList();

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>The fields of one expected entry, as written in an <c>*.expected.json</c> file.</summary>
public sealed record ExpectedEntry(string? ImageCaption, string Headline, string? Teaser, string? Byline, string? Published)
{
    /// <summary>Compares the three fields an entry is counted on: caption, headline and teaser.</summary>
    public bool Matches(ListingEntry entry) =>
        ImageCaption == entry.ImageCaption && Headline == entry.Headline && Teaser == entry.Teaser;

    public bool MatchesMetadata(ListingEntry entry) => Byline == entry.Byline && Published == entry.Published?.Text;
}

/// <summary>The clone the tests were built from: the folder above the test output that holds <c>ArticleParser.sln</c>.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Combine(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ArticleParser.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ArticleParser.sln above {AppContext.BaseDirectory}.");
    }
}
