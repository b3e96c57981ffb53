using System.Globalization;

namespace ArticleParser.Cli;

/// <summary>Names a column of CSV and a field of a JSON Lines entry.</summary>
internal enum EntryField
{
    /// <summary>The input's path (<c>&lt;stdin&gt;</c> for standard input).</summary>
    Path,

    /// <summary>The entry's 1-based position in its input.</summary>
    Index,

    /// <summary><see cref="ListingEntry.ImageCaption"/>.</summary>
    ImageCaption,

    /// <summary><see cref="ListingEntry.Headline"/>.</summary>
    Headline,

    /// <summary><see cref="ListingEntry.Teaser"/>.</summary>
    Teaser,

    /// <summary><see cref="ListingEntry.IsTeaserTruncated"/>.</summary>
    IsTeaserTruncated,

    /// <summary><see cref="ListingEntry.Label"/>.</summary>
    Label,

    /// <summary><see cref="ListingEntry.Byline"/>.</summary>
    Byline,

    /// <summary>The publication date as written.</summary>
    Published,

    /// <summary>The publication date as <c>yyyy-MM-dd</c>, when it is unambiguous.</summary>
    PublishedDate,

    /// <summary><see cref="ListingEntry.ReadMore"/>.</summary>
    ReadMore,

    /// <summary>The line the entry starts on.</summary>
    Line,

    /// <summary>The column the entry starts at.</summary>
    Column,
}

/// <summary>Names, parses and reads the entry fields of CSV and JSON Lines.</summary>
internal static class EntryFields
{
    /// <summary>Gets every field, in the default order.</summary>
    public static IReadOnlyList<EntryField> All { get; } = Enum.GetValues<EntryField>();

    /// <summary>Gets the name of a field: its camelCase enum name, also its CSV header and JSON property name.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The name.</returns>
    public static string Name(EntryField field) => field switch
    {
        EntryField.Path => "path",
        EntryField.Index => "index",
        EntryField.ImageCaption => "imageCaption",
        EntryField.Headline => "headline",
        EntryField.Teaser => "teaser",
        EntryField.IsTeaserTruncated => "isTeaserTruncated",
        EntryField.Label => "label",
        EntryField.Byline => "byline",
        EntryField.Published => "published",
        EntryField.PublishedDate => "publishedDate",
        EntryField.ReadMore => "readMore",
        EntryField.Line => "line",
        EntryField.Column => "column",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown field"),
    };

    /// <summary>Parses a comma-separated list of field names (case-insensitive).</summary>
    /// <param name="list">The list, such as <c>path,headline,published</c>.</param>
    /// <param name="error">The message for an unknown or repeated name.</param>
    /// <returns>The fields, or <see langword="null"/> with <paramref name="error"/> set.</returns>
    public static IReadOnlyList<EntryField>? Parse(string list, out string? error)
    {
        ArgumentNullException.ThrowIfNull(list);
        var fields = new List<EntryField>();
        foreach (var name in list.Split(',', StringSplitOptions.TrimEntries))
        {
            var field = All.Where(f => string.Equals(Name(f), name, StringComparison.OrdinalIgnoreCase)).Select(f => (EntryField?)f).FirstOrDefault();
            if (field is null)
            {
                error = $"unknown field '{name}': expected {string.Join(',', All.Select(Name))}";
                return null;
            }

            if (fields.Contains(field.Value))
            {
                error = $"field '{name}' is given twice";
                return null;
            }

            fields.Add(field.Value);
        }

        error = null;
        return fields;
    }

    /// <summary>Formats a field of an entry as text, or <see langword="null"/> when the entry has no value for it.</summary>
    /// <param name="field">The field.</param>
    /// <param name="path">The input's display name.</param>
    /// <param name="index">The entry's 1-based position in its input.</param>
    /// <param name="entry">The entry.</param>
    /// <returns>The text of the field.</returns>
    public static string? Text(EntryField field, string path, long index, ListingEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return field switch
        {
            EntryField.Path => path,
            EntryField.Index => index.ToString(CultureInfo.InvariantCulture),
            EntryField.ImageCaption => entry.ImageCaption,
            EntryField.Headline => entry.Headline,
            EntryField.Teaser => entry.Teaser,
            EntryField.IsTeaserTruncated => entry.IsTeaserTruncated ? "true" : "false",
            EntryField.Label => entry.Label,
            EntryField.Byline => entry.Byline,
            EntryField.Published => entry.Published?.Text,
            EntryField.PublishedDate => entry.Published?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EntryField.ReadMore => entry.ReadMore,
            EntryField.Line => entry.Span.Line.ToString(CultureInfo.InvariantCulture),
            EntryField.Column => entry.Span.Column.ToString(CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown field"),
        };
    }
}
