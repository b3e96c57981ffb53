using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleParser.Compat;

namespace ArticleParser.Serialization;

/// <summary>
/// Writes listing documents as JSON with a stable field order and readable (unescaped) non-ASCII text.
/// </summary>
public static class ListingJson
{
    private static readonly ListingJsonContext Indented = new(CreateOptions(indented: true));
    private static readonly ListingJsonContext Compact = new(CreateOptions(indented: false));

    /// <summary>Serializes a document to a JSON string.</summary>
    /// <param name="document">The document to write.</param>
    /// <param name="indented"><see langword="true"/> for indented output, <see langword="false"/> for one line (JSON Lines).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ListingDocument document, bool indented = true)
    {
        SpanText.NotNull(document);
        return JsonSerializer.Serialize(document, (indented ? Indented : Compact).ListingDocument);
    }

    /// <summary>Serializes a document as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write to; it is not disposed.</param>
    /// <param name="document">The document to write.</param>
    /// <param name="indented"><see langword="true"/> for indented output, <see langword="false"/> for one line (JSON Lines).</param>
    public static void Serialize(Stream utf8Json, ListingDocument document, bool indented = true)
    {
        SpanText.NotNull(utf8Json);
        SpanText.NotNull(document);
        JsonSerializer.Serialize(utf8Json, document, (indented ? Indented : Compact).ListingDocument);
    }

    // Copying the generated defaults keeps camelCase names and string enums from the context's attribute.
    private static JsonSerializerOptions CreateOptions(bool indented) => new(ListingJsonContext.Default.Options)
    {
        WriteIndented = indented,
        // Listings are prose in any script: keep it readable instead of \u-escaping everything non-ASCII.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
