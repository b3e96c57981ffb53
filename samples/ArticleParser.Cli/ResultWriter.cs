using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArticleParser.Cli;

/// <summary>
/// Writes what the parser finds, as it finds it, in one output format. The run calls
/// <see cref="Start"/>, then for each input <see cref="BeginFile"/>, any number of
/// <see cref="Entry"/>, <see cref="Block"/> and <see cref="Diagnostic"/> calls and <see cref="EndFile"/>,
/// then <see cref="End"/>. Entries are written as they come, so a large input is never held whole.
/// </summary>
internal abstract class ResultWriter : IDisposable
{
    /// <summary>The JSON writer options shared by the JSON formats: readable non-ASCII text, <c>\n</c> line ends.</summary>
    protected static JsonWriterOptions JsonOptions(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",
        // Listings are prose in any script: keep it readable, as ListingJson does.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Picks the writer for the command line.</summary>
    /// <param name="options">The command line.</param>
    /// <param name="output">The stream to write to; it is flushed by <see cref="End"/>, never disposed.</param>
    /// <param name="singleDocument">Whether exactly one file or standard input was given (JSON then prints the bare document).</param>
    /// <returns>The writer.</returns>
    public static ResultWriter Create(CliOptions options, Stream output, bool singleDocument)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Format switch
        {
            OutputFormat.Json => new JsonResultWriter(output, singleDocument, options.Indent, options.Spans),
            OutputFormat.JsonLines => new JsonLinesResultWriter(output, options.Fields),
            OutputFormat.Csv => new CsvResultWriter(output, options.Fields),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "unknown output format"),
        };
    }

    /// <summary>Writes what comes before the first input.</summary>
    public virtual void Start()
    {
    }

    /// <summary>Starts an input.</summary>
    /// <param name="path">The input's display name.</param>
    public abstract void BeginFile(string path);

    /// <summary>Writes an entry of the current input.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="index">Its 1-based position in the input.</param>
    public abstract void Entry(ListingEntry entry, long index);

    /// <summary>Takes a non-entry block of the current input.</summary>
    /// <param name="block">The block.</param>
    public virtual void Block(ListingBlock block)
    {
    }

    /// <summary>Takes a diagnostic of the current input.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public virtual void Diagnostic(ListingDiagnostic diagnostic)
    {
    }

    /// <summary>Ends the current input.</summary>
    public abstract void EndFile();

    /// <summary>Writes what comes after the last input and flushes.</summary>
    public abstract void End();

    /// <summary>Releases the writer; output it could not write any more was reported already.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the format's own writer.</summary>
    /// <param name="disposing">Whether this is called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Disposes a writer whose last flush may fail on a broken output (that failure was reported already).</summary>
    protected static void DisposeQuietly(IDisposable writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        try
        {
            writer.Dispose();
        }
        catch (OutputFailedException)
        {
            // The run reported the broken output when the write failed.
        }
    }

    /// <summary>Writes a span as <c>{"offset","length","line","column"}</c>, the names ListingJson uses.</summary>
    protected static void WriteSpan(Utf8JsonWriter writer, string name, SourceSpan span)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject(name);
        writer.WriteNumber("offset", span.Offset);
        writer.WriteNumber("length", span.Length);
        writer.WriteNumber("line", span.Line);
        writer.WriteNumber("column", span.Column);
        writer.WriteEndObject();
    }

    /// <summary>Writes a string property unless the value is <see langword="null"/>.</summary>
    protected static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>
    /// The document of one input, or <c>{"files":[{"path","document"}]}</c> for several: compact,
    /// without null fields, and without the spans of entries and blocks unless asked for. The field
    /// names and order are ListingJson's, so <c>ListingJson.Deserialize</c> reads the documents back.
    /// </summary>
    private sealed class JsonResultWriter(Stream output, bool single, bool indented, bool spans) : ResultWriter
    {
        private readonly Utf8JsonWriter _json = new(output, JsonOptions(indented));

        /// <summary>Whether the document's last line has been ended (one input: at its end, before <c>--explain</c> speaks).</summary>
        private bool _ended;

        // Blocks and diagnostics follow the entries in a document, so they wait for the end of the
        // input, written compact in spill buffers (memory, then a temporary file) so that an input of
        // nothing but page chrome is not held in memory either.
        private readonly SpillBuffer _blocks = new();
        private readonly SpillBuffer _diagnostics = new();

        public override void Start()
        {
            if (!single)
            {
                _json.WriteStartObject();
                _json.WriteStartArray("files");
            }
        }

        public override void BeginFile(string path)
        {
            if (!single)
            {
                _json.WriteStartObject();
                _json.WriteString("path", path);
                _json.WritePropertyName("document");
            }

            _json.WriteStartObject();
            _json.WriteStartArray("entries");
        }

        public override void Entry(ListingEntry entry, long index)
        {
            _json.WriteStartObject();
            WriteOptional(_json, "imageCaption", entry.ImageCaption);
            _json.WriteString("headline", entry.Headline);
            WriteOptional(_json, "teaser", entry.Teaser);
            _json.WriteBoolean("isTeaserTruncated", entry.IsTeaserTruncated);
            WriteOptional(_json, "label", entry.Label);
            WriteOptional(_json, "byline", entry.Byline);
            if (entry.Published is { } published)
            {
                _json.WriteStartObject("published");
                _json.WriteString("text", published.Text);
                if (published.Date is { } date)
                {
                    _json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                if (spans)
                {
                    WriteSpan(_json, "span", published.Span);
                }

                _json.WriteEndObject();
            }

            WriteOptional(_json, "readMore", entry.ReadMore);
            if (spans)
            {
                WriteSpan(_json, "span", entry.Span);
                WriteOptionalSpan("imageCaptionSpan", entry.ImageCaptionSpan);
                WriteSpan(_json, "headlineSpan", entry.HeadlineSpan);
                WriteOptionalSpan("teaserSpan", entry.TeaserSpan);
                WriteOptionalSpan("bylineSpan", entry.BylineSpan);
                WriteOptionalSpan("readMoreSpan", entry.ReadMoreSpan);
            }

            _json.WriteEndObject();
            if (_json.BytesPending > 1 << 16)
            {
                _json.Flush();
            }
        }

        public override void Block(ListingBlock block)
        {
            var json = _blocks.Begin();
            json.WriteStartObject();
            json.WriteString("kind", block.Kind.ToString());
            json.WriteString("text", block.Text);
            if (spans)
            {
                WriteSpan(json, "span", block.Span);
            }

            json.WriteEndObject();
            _blocks.End();
        }

        // A diagnostic is about a place, so it keeps its span even in the compact form.
        public override void Diagnostic(ListingDiagnostic diagnostic)
        {
            var json = _diagnostics.Begin();
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("severity", diagnostic.Severity.ToString());
            json.WriteString("message", diagnostic.Message);
            WriteSpan(json, "span", diagnostic.Span);
            json.WriteEndObject();
            _diagnostics.End();
        }

        public override void EndFile()
        {
            _json.WriteEndArray();
            _json.WriteStartArray("nonEntryBlocks");
            _blocks.MoveTo(_json);
            _json.WriteEndArray();
            _json.WriteStartArray("diagnostics");
            _diagnostics.MoveTo(_json);
            _json.WriteEndArray();
            _json.WriteEndObject();
            if (!single)
            {
                _json.WriteEndObject();
            }

            _json.Flush();
            if (single)
            {
                // The document of one input ends its line here, before --explain writes to standard error.
                output.WriteByte((byte)'\n');
                output.Flush();
                _ended = true;
            }
        }

        public override void End()
        {
            if (!single)
            {
                _json.WriteEndArray();
                _json.WriteEndObject();
            }

            _json.Flush();
            if (_json.BytesCommitted > 0 && !_ended)
            {
                output.WriteByte((byte)'\n');
            }

            output.Flush();
        }

        private void WriteOptionalSpan(string name, SourceSpan? span)
        {
            if (span is { } value)
            {
                WriteSpan(_json, name, value);
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                DisposeQuietly(_json);
                _blocks.Dispose();
                _diagnostics.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// Holds compact JSON objects, one per line, in memory up to 4 MiB and in a temporary file past
    /// that, until <see cref="MoveTo"/> writes them (re-indented as the target writer wants) and empties it.
    /// </summary>
    private sealed class SpillBuffer : IDisposable
    {
        private const int MemoryLimit = 4 << 20;

        private Stream _stream = new MemoryStream();
        private readonly Utf8JsonWriter _writer;

        public SpillBuffer() => _writer = new Utf8JsonWriter(_stream, JsonOptions(indented: false));

        /// <summary>Returns the writer for one object; call <see cref="End"/> after it.</summary>
        public Utf8JsonWriter Begin() => _writer;

        /// <summary>Ends the object written since <see cref="Begin"/>.</summary>
        public void End()
        {
            _writer.Flush();
            _writer.Reset();
            _stream.WriteByte((byte)'\n');
            if (_stream is MemoryStream memory && memory.Length > MemoryLimit)
            {
                var file = new FileStream(
                    Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                memory.Position = 0;
                memory.CopyTo(file);
                _stream = file;
                _writer.Reset(file);
            }
        }

        /// <summary>Writes every held object into <paramref name="target"/>'s current array, then empties the buffer.</summary>
        public void MoveTo(Utf8JsonWriter target)
        {
            _stream.Position = 0;
            using (var lines = new StreamReader(_stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true))
            {
                while (lines.ReadLine() is { Length: > 0 } line)
                {
                    using var item = JsonDocument.Parse(line);
                    item.RootElement.WriteTo(target);
                    if (target.BytesPending > 1 << 16)
                    {
                        target.Flush();
                    }
                }
            }

            if (_stream is MemoryStream memory)
            {
                memory.SetLength(0);
            }
            else
            {
                _stream.Dispose();
                _stream = new MemoryStream();
                _writer.Reset(_stream);
            }
        }

        public void Dispose()
        {
            _writer.Dispose();
            _stream.Dispose();
        }
    }

    /// <summary>
    /// JSON Lines: one compact object per entry with the chosen fields (nulls left out), and a line
    /// with a <c>type</c> of <c>block</c> or <c>diagnostic</c> for each non-entry block and diagnostic,
    /// in document order. Lines end in <c>\n</c>.
    /// </summary>
    private sealed class JsonLinesResultWriter(Stream output, IReadOnlyList<EntryField> fields) : ResultWriter
    {
        // Blocks and diagnostics are decided alongside entries but can be reported before an entry
        // that stands above them; a small buffer puts the lines back in document order.
        private const int MaxPending = 4096;

        // Lines are written to a buffer, not to the stream: Utf8JsonWriter.Flush flushes its stream too,
        // which would be one write system call per line.
        private readonly ArrayBufferWriter<byte> _buffer = new(1 << 17);
        private readonly List<(int Offset, int Sequence, object Item)> _pending = [];
        private Utf8JsonWriter? _writer;
        private string _path = "";
        private int _sequence;

        private Utf8JsonWriter Json => _writer ??= new Utf8JsonWriter(_buffer, JsonOptions(indented: false));

        public override void BeginFile(string path) => _path = path;

        public override void Entry(ListingEntry entry, long index)
        {
            WritePending(entry.Span.Offset);
            Json.WriteStartObject();
            foreach (var field in fields)
            {
                var name = EntryFields.Name(field);
                switch (field)
                {
                    case EntryField.Index:
                        Json.WriteNumber(name, index);
                        break;
                    case EntryField.Line:
                        Json.WriteNumber(name, entry.Span.Line);
                        break;
                    case EntryField.Column:
                        Json.WriteNumber(name, entry.Span.Column);
                        break;
                    case EntryField.IsTeaserTruncated:
                        Json.WriteBoolean(name, entry.IsTeaserTruncated);
                        break;
                    default:
                        WriteOptional(Json, name, EntryFields.Text(field, _path, index, entry));
                        break;
                }
            }

            Json.WriteEndObject();
            EndLine();
        }

        public override void Block(ListingBlock block) => Add(block.Span.Offset, block);

        public override void Diagnostic(ListingDiagnostic diagnostic) => Add(diagnostic.Span.Offset, diagnostic);

        public override void EndFile()
        {
            WritePending(int.MaxValue);
            Drain();
        }

        public override void End()
        {
            Drain();
            output.Flush();
        }

        private void Add(int offset, object item)
        {
            _pending.Add((offset, _sequence++, item));
            if (_pending.Count >= MaxPending)
            {
                WritePending(int.MaxValue);
            }
        }

        private void WritePending(int before)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            _pending.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Sequence.CompareTo(b.Sequence));
            var written = 0;
            while (written < _pending.Count && _pending[written].Offset < before)
            {
                WriteTyped(_pending[written++].Item);
            }

            _pending.RemoveRange(0, written);
        }

        private void WriteTyped(object item)
        {
            Json.WriteStartObject();
            if (item is ListingBlock block)
            {
                Json.WriteString("type", "block");
                Json.WriteString("path", _path);
                Json.WriteString("kind", block.Kind.ToString());
                Json.WriteString("text", block.Text);
                Json.WriteNumber("line", block.Span.Line);
                Json.WriteNumber("column", block.Span.Column);
            }
            else if (item is ListingDiagnostic diagnostic)
            {
                Json.WriteString("type", "diagnostic");
                Json.WriteString("path", _path);
                Json.WriteString("code", diagnostic.Code);
                Json.WriteString("severity", diagnostic.Severity.ToString());
                Json.WriteString("message", diagnostic.Message);
                Json.WriteNumber("line", diagnostic.Span.Line);
                Json.WriteNumber("column", diagnostic.Span.Column);
            }

            Json.WriteEndObject();
            EndLine();
        }

        private void EndLine()
        {
            Json.Flush();
            Json.Reset();
            _buffer.GetSpan(1)[0] = (byte)'\n';
            _buffer.Advance(1);
            if (_buffer.WrittenCount >= 1 << 16)
            {
                Drain();
            }
        }

        private void Drain()
        {
            output.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _writer?.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>RFC 4180 CSV: a header of the chosen fields, then one row per entry; rows end in CRLF.</summary>
    private sealed class CsvResultWriter(Stream output, IReadOnlyList<EntryField> fields) : ResultWriter
    {
        private readonly StreamWriter _text = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        private readonly StringBuilder _row = new();
        private string _path = "";

        public override void Start()
        {
            _text.Write(string.Join(',', fields.Select(EntryFields.Name)));
            _text.Write(Csv.RowEnd);
        }

        public override void BeginFile(string path) => _path = path;

        public override void Entry(ListingEntry entry, long index)
        {
            _row.Clear();
            for (var i = 0; i < fields.Count; i++)
            {
                if (i > 0)
                {
                    _row.Append(',');
                }

                Csv.AppendField(_row, EntryFields.Text(fields[i], _path, index, entry));
            }

            _row.Append(Csv.RowEnd);
            _text.Write(_row);
        }

        public override void EndFile()
        {
        }

        public override void End()
        {
            _text.Flush();
            output.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                DisposeQuietly(_text);
            }

            base.Dispose(disposing);
        }
    }
}
