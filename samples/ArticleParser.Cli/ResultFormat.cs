using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleParser.Serialization;

namespace ArticleParser.Cli;

/// <summary>
/// Writes parsed documents in one output format. <see cref="Render"/> runs on the worker threads,
/// one file at a time and in any order; the other members run in output order on one thread.
/// </summary>
internal abstract class ResultFormat
{
    /// <summary>Picks the writer for a format.</summary>
    /// <param name="format">The output format.</param>
    /// <param name="singleDocument">Whether exactly one file or standard input was given (JSON then prints the bare document).</param>
    /// <returns>The format writer.</returns>
    public static ResultFormat Create(OutputFormat format, bool singleDocument) => format switch
    {
        OutputFormat.Json when singleDocument => new SingleJsonFormat(),
        OutputFormat.Json => new JsonArrayFormat(),
        OutputFormat.JsonLines => new JsonLinesFormat(),
        OutputFormat.Csv => new CsvFormat(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
    };

    /// <summary>Writes what comes before the first document.</summary>
    /// <param name="output">The output.</param>
    public virtual void WriteStart(TextWriter output)
    {
    }

    /// <summary>Formats one file's document; safe to call from several threads at once.</summary>
    /// <param name="file">The file's display name.</param>
    /// <param name="document">The parsed document.</param>
    /// <returns>The text to pass to <see cref="WriteItem"/>.</returns>
    public abstract string Render(string file, ListingDocument document);

    /// <summary>Writes a rendered document.</summary>
    /// <param name="output">The output.</param>
    /// <param name="rendered">The result of <see cref="Render"/>.</param>
    /// <param name="first">Whether this is the first document written.</param>
    public virtual void WriteItem(TextWriter output, string rendered, bool first)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(rendered);
    }

    /// <summary>Writes what comes after the last document.</summary>
    /// <param name="output">The output.</param>
    /// <param name="count">How many documents were written.</param>
    public virtual void WriteEnd(TextWriter output, int count)
    {
    }

    /// <summary>Writes <c>{ "file": ..., "document": ... }</c> with the library's source-generated JSON metadata.</summary>
    protected static string RenderFileObject(string file, ListingDocument document, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = indented,
            NewLine = "\n",
            // The same readable escaping as ListingJson: listings are prose in any script.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WritePropertyName("document");
            JsonSerializer.Serialize(writer, document, ListingJsonContext.Default.ListingDocument);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The document of the only input, exactly as <see cref="ListingJson.Serialize(ListingDocument, bool)"/> writes it.</summary>
    private sealed class SingleJsonFormat : ResultFormat
    {
        public override string Render(string file, ListingDocument document) => ListingJson.Serialize(document);

        public override void WriteItem(TextWriter output, string rendered, bool first)
        {
            ArgumentNullException.ThrowIfNull(output);
            output.WriteLine(rendered);
        }
    }

    /// <summary>An indented JSON array of <c>{ file, document }</c> objects.</summary>
    private sealed class JsonArrayFormat : ResultFormat
    {
        public override void WriteStart(TextWriter output)
        {
            ArgumentNullException.ThrowIfNull(output);
            output.Write('[');
        }

        // Rendered at depth 0, then shifted one level in: JSON strings hold no raw line breaks, so
        // every line break in the text is indentation that Utf8JsonWriter wrote.
        public override string Render(string file, ListingDocument document) =>
            "  " + RenderFileObject(file, document, indented: true).Replace("\n", "\n  ", StringComparison.Ordinal);

        public override void WriteItem(TextWriter output, string rendered, bool first)
        {
            ArgumentNullException.ThrowIfNull(output);
            output.Write(first ? "\n" : ",\n");
            output.Write(rendered);
        }

        public override void WriteEnd(TextWriter output, int count)
        {
            ArgumentNullException.ThrowIfNull(output);
            output.Write(count > 0 ? "\n]\n" : "]\n");
        }
    }

    /// <summary>JSON Lines: one compact <c>{ file, document }</c> object per line, lines ending in <c>\n</c>.</summary>
    private sealed class JsonLinesFormat : ResultFormat
    {
        public override string Render(string file, ListingDocument document) =>
            RenderFileObject(file, document, indented: false) + "\n";
    }

    /// <summary>RFC 4180 CSV: a header row, then one row per entry; rows end in CRLF.</summary>
    private sealed class CsvFormat : ResultFormat
    {
        public const string Header = "file,index,imageCaption,headline,teaser,isTeaserTruncated,label,line,column";

        public override void WriteStart(TextWriter output)
        {
            ArgumentNullException.ThrowIfNull(output);
            output.Write(Header);
            output.Write(Csv.RowEnd);
        }

        public override string Render(string file, ListingDocument document)
        {
            var rows = new StringBuilder();
            for (var i = 0; i < document.Entries.Count; i++)
            {
                var entry = document.Entries[i];
                Csv.AppendField(rows, file).Append(',');
                rows.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(',');
                Csv.AppendField(rows, entry.ImageCaption).Append(',');
                Csv.AppendField(rows, entry.Headline).Append(',');
                Csv.AppendField(rows, entry.Teaser).Append(',');
                rows.Append(entry.IsTeaserTruncated ? "true" : "false").Append(',');
                Csv.AppendField(rows, entry.Label).Append(',');
                rows.Append(entry.Span.Line.ToString(CultureInfo.InvariantCulture)).Append(',');
                rows.Append(entry.Span.Column.ToString(CultureInfo.InvariantCulture)).Append(Csv.RowEnd);
            }

            return rows.ToString();
        }
    }
}
