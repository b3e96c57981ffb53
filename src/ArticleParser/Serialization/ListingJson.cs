using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ArticleParser.Compat;

namespace ArticleParser.Serialization;

/// <summary>
/// Writes listing documents and entries as JSON with a stable field order and readable (unescaped) non-ASCII text,
/// reads them back, and writes and reads JSON Lines of entries (one compact entry object per line).
/// </summary>
/// <remarks>
/// Reading accepts everything the writer writes, and also JSON without the span fields (as the
/// <c>articleparser</c> command writes it by default): a missing span reads as <c>default(SourceSpan)</c>.
/// All metadata is source-generated (<see cref="ListingJsonContext"/>), so this class is trim- and AOT-safe.
/// </remarks>
public static class ListingJson
{
    private static readonly ListingJsonContext Indented = new(CreateOptions(indented: true));
    private static readonly ListingJsonContext Compact = new(CreateOptions(indented: false));
    private static readonly JsonSerializerOptions ReadOptions = CreateReadOptions();
    private static readonly JsonTypeInfo<ListingDocument> ReadDocument = (JsonTypeInfo<ListingDocument>)ReadOptions.GetTypeInfo(typeof(ListingDocument));
    private static readonly JsonTypeInfo<ListingEntry> ReadEntry = (JsonTypeInfo<ListingEntry>)ReadOptions.GetTypeInfo(typeof(ListingEntry));

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

    /// <summary>Reads a document from the JSON that <see cref="Serialize(ListingDocument, bool)"/> writes.</summary>
    /// <param name="json">The JSON text of one document.</param>
    /// <returns>The document, equal to the one that was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not JSON of a document (a required field such as <c>headline</c> is missing, or a value has the wrong type).</exception>
    public static ListingDocument Deserialize(string json)
    {
        SpanText.NotNull(json);
        return JsonSerializer.Deserialize(json, ReadDocument) ?? throw new JsonException("Expected a document object, found null.");
    }

    /// <summary>Reads a document from UTF-8 JSON that <see cref="Serialize(Stream, ListingDocument, bool)"/> writes.</summary>
    /// <param name="utf8Json">The stream to read to its end; it is not disposed.</param>
    /// <returns>The document, equal to the one that was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The bytes are not JSON of a document.</exception>
    public static ListingDocument Deserialize(Stream utf8Json)
    {
        SpanText.NotNull(utf8Json);
        return JsonSerializer.Deserialize(utf8Json, ReadDocument) ?? throw new JsonException("Expected a document object, found null.");
    }

    /// <summary>Serializes one entry to a JSON object, the same object a document's <c>entries</c> array holds.</summary>
    /// <param name="entry">The entry to write.</param>
    /// <param name="indented"><see langword="true"/> for indented output, <see langword="false"/> (the default) for one line.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeEntry(ListingEntry entry, bool indented = false)
    {
        SpanText.NotNull(entry);
        return JsonSerializer.Serialize(entry, (indented ? Indented : Compact).ListingEntry);
    }

    /// <summary>Reads one entry from the JSON that <see cref="SerializeEntry"/> writes.</summary>
    /// <param name="json">The JSON text of one entry object.</param>
    /// <returns>The entry, equal to the one that was written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not JSON of an entry.</exception>
    public static ListingEntry DeserializeEntry(string json)
    {
        SpanText.NotNull(json);
        return JsonSerializer.Deserialize(json, ReadEntry) ?? throw new JsonException("Expected an entry object, found null.");
    }

    /// <summary>Writes entries as JSON Lines: one compact entry object per line, each line ending in <c>\n</c>.</summary>
    /// <param name="writer">The writer to write to; it is neither flushed nor disposed.</param>
    /// <param name="entries">The entries, enumerated once (a streamed <see cref="ListingParser.Enumerate(Stream, ListingParserOptions?)"/> sequence keeps memory bounded).</param>
    /// <returns>How many entries were written.</returns>
    public static long WriteEntries(TextWriter writer, IEnumerable<ListingEntry> entries)
    {
        SpanText.NotNull(writer);
        SpanText.NotNull(entries);
        long count = 0;
        foreach (var entry in entries)
        {
            writer.Write(SerializeEntry(entry));
            writer.Write('\n');
            count++;
        }

        return count;
    }

    /// <summary>Reads JSON Lines of entries lazily, one entry per non-blank line, as <see cref="WriteEntries"/> writes them.</summary>
    /// <param name="reader">The reader to consume as the sequence is enumerated; it is not disposed.</param>
    /// <returns>The entries, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">While enumerating, at a line that is not JSON of an entry; the message names the line number.</exception>
    public static IEnumerable<ListingEntry> ReadEntries(TextReader reader)
    {
        SpanText.NotNull(reader);
        return ReadEntriesCore(reader);
    }

    private static IEnumerable<ListingEntry> ReadEntriesCore(TextReader reader)
    {
        var lineNumber = 0L;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ListingEntry entry;
            try
            {
                entry = DeserializeEntry(line);
            }
            catch (JsonException e)
            {
                throw new JsonException(FormattableString.Invariant($"Line {lineNumber}: {e.Message}"), null, lineNumber, e.BytePositionInLine, e);
            }

            yield return entry;
        }
    }

    // Copying the generated defaults keeps camelCase names and string enums from the context's attribute.
    private static JsonSerializerOptions CreateOptions(bool indented) => new(ListingJsonContext.Default.Options)
    {
        WriteIndented = indented,
        // Listings are prose in any script: keep it readable instead of \u-escaping everything non-ASCII.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Spans are required members of the model, but JSON written without them (the command's compact
    // output) is still worth reading: a modifier on the source-generated contracts (no reflection)
    // makes only the span fields optional.
    private static JsonSerializerOptions CreateReadOptions()
    {
        var options = new JsonSerializerOptions(ListingJsonContext.Default.Options)
        {
            TypeInfoResolver = ListingJsonContext.Default.WithAddedModifier(static typeInfo =>
            {
                foreach (var property in typeInfo.Properties)
                {
                    if (property.PropertyType == typeof(SourceSpan))
                    {
                        property.IsRequired = false;
                    }
                }
            }),
        };
        options.MakeReadOnly();
        return options;
    }
}
