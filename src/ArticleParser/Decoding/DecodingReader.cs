using System.Text;
using ArticleParser.Compat;

namespace ArticleParser.Decoding;

/// <summary>
/// Decodes listing bytes to text: UTF-8 (with or without BOM), or UTF-16 LE/BE by BOM. Invalid UTF-8
/// becomes U+FFFD and is reported with its byte offset; input that is not text (NUL characters where text
/// has none, after a BOM too) is reported at its first NUL and yields no text. Nothing is replaced or dropped silently.
/// </summary>
/// <remarks>UTF-16 is copied code unit by code unit, so even lone surrogates survive unchanged.</remarks>
internal sealed class DecodingReader : TextReader
{
    /// <summary>How many bytes are inspected for binary content before any text is handed out.</summary>
    public const int SniffLength = 8192;

    private const int MaxReportedSequences = 100;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Action<ListingDiagnostic> _report;
    private readonly byte[] _bytes = new byte[1 << 16];
    private int _start;
    private int _end;
    private long _byteOffset;
    private bool _eof;
    private bool _sniffed;
    private Encoding? _utf16;
    private int _invalidSequences;
    private readonly PositionTracker _position = new();

    public DecodingReader(Stream stream, bool leaveOpen, Action<ListingDiagnostic> report)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _report = report;
    }

    /// <summary>Gets a value indicating whether the input was found not to be text; the reader then yields nothing.</summary>
    public bool IsBinary { get; private set; }

    /// <summary>
    /// Reads the first bytes, unless that was done: picks the encoding by the byte order mark, and reports
    /// <c>AP104</c> when what follows is not text.
    /// </summary>
    /// <returns><see langword="true"/> when the input is text to parse.</returns>
    public bool ReadHead()
    {
        if (!_sniffed)
        {
            Fill(SniffLength);
            Sniff();
        }

        return !IsBinary;
    }

    /// <summary>Reads the first bytes asynchronously, as <see cref="ReadHead"/> does.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns><see langword="true"/> when the input is text to parse.</returns>
    public async Task<bool> ReadHeadAsync(CancellationToken cancellationToken)
    {
        if (!_sniffed)
        {
            Compact();
            while (!_eof && _end - _start < SniffLength && _end < _bytes.Length)
            {
#if NET8_0_OR_GREATER
                var read = await _stream.ReadAsync(_bytes.AsMemory(_end), cancellationToken).ConfigureAwait(false);
#else
                var read = await _stream.ReadAsync(_bytes, _end, _bytes.Length - _end, cancellationToken).ConfigureAwait(false);
#endif
                _end += read;
                _eof = read == 0;
            }

            Sniff();
        }

        return !IsBinary;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

#if NET8_0_OR_GREATER
    public override int Read(Span<char> buffer)
#else
    public int Read(Span<char> buffer)
#endif
    {
        while (true)
        {
            if (!ReadHead() || buffer.IsEmpty)
            {
                return 0;
            }

            if (_end - _start < 4 && !_eof)
            {
                Fill(_bytes.Length);
            }

            if (_start == _end && _eof)
            {
                return 0;
            }

            var written = _utf16 is null ? DecodeUtf8(buffer) : DecodeUtf16(buffer);
            if (written > 0)
            {
                _position.Advance(buffer[..written]);
                return written;
            }
        }
    }

    public override async Task<int> ReadAsync(char[] buffer, int index, int count)
    {
        // Fill asynchronously, then decode what is buffered synchronously.
        if (!_eof && _end - _start < _bytes.Length / 2)
        {
            Compact();
#if NET8_0_OR_GREATER
            var read = await _stream.ReadAsync(_bytes.AsMemory(_end)).ConfigureAwait(false);
#else
            var read = await _stream.ReadAsync(_bytes, _end, _bytes.Length - _end).ConfigureAwait(false);
#endif
            _end += read;
            _eof = read == 0;
        }

        return Read(buffer.AsSpan(index, count));
    }

#if NET8_0_OR_GREATER
    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        if (!_eof && _end - _start < _bytes.Length / 2)
        {
            Compact();
            var read = await _stream.ReadAsync(_bytes.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            _end += read;
            _eof = read == 0;
        }

        return Read(buffer.Span);
    }
#endif

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Sniff()
    {
        _sniffed = true;
        var head = _bytes.AsSpan(_start, _end - _start);
        var bom = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bom = 3;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            _utf16 = Encoding.Unicode;
            bom = 2;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            _utf16 = Encoding.BigEndianUnicode;
            bom = 2;
        }

        // Text never holds NUL characters in practice; binaries, UTF-16 without a BOM and UTF-32 do. The check
        // follows a BOM too: two bytes that look like one do not make the rest text.
        var unit = _utf16 is null ? 1 : 2;
        var body = head.Slice(bom);
        var units = body.Length / unit;
        var (nuls, first) = unit == 1 ? (SpanText.CountOf(body, 0), body.IndexOf((byte)0)) : CountNulUnits(body);
        if (nuls > 0 && nuls * 100 >= units)
        {
            IsBinary = true;
            var what = _utf16 is null ? "text (UTF-8, or UTF-16 with a BOM)"
                : FormattableString.Invariant($"UTF-16 ({Endianness(_utf16)}, by its byte order mark {head[0]:X2} {head[1]:X2}) text");
            var name = unit == 1 ? "byte" : "character";
            var hint = Utf32Hint(head) ?? (bom == 0 ? Utf16Hint(head, nuls) : string.Empty);
            _report(new ListingDiagnostic
            {
                Code = DiagnosticCodes.NotText,
                Severity = DiagnosticSeverity.Error,
                Message = FormattableString.Invariant($"Expected {what}, found binary data: {nuls} NUL {name}{(nuls == 1 ? string.Empty : "s")} in the first {units} {name}s, the first at byte offset {bom + (first * unit)}; nothing was parsed.{hint}"),
                Span = PositionOf(body.Slice(0, first * unit)),
            });
        }

        Consume(bom);
    }

    private static string Endianness(Encoding utf16) => utf16 == Encoding.Unicode ? "little-endian" : "big-endian";

    /// <summary>Counts the UTF-16 code units that are U+0000 and finds the first.</summary>
    private static (int Count, int First) CountNulUnits(ReadOnlySpan<byte> body)
    {
        var count = 0;
        var first = -1;
        for (var i = 0; i + 1 < body.Length; i += 2)
        {
            if (body[i] == 0 && body[i + 1] == 0)
            {
                if (count == 0)
                {
                    first = i / 2;
                }

                count++;
            }
        }

        return (count, first);
    }

    /// <summary>Locates the first NUL character as the text before it would put it (offset, line and column), so a user can find it.</summary>
    private SourceSpan PositionOf(ReadOnlySpan<byte> before)
    {
        // UTF-8 never decodes to more UTF-16 code units than it has bytes, and UTF-16 to half as many.
        var text = new char[before.Length];
        var written = 0;
        if (_utf16 is null)
        {
            while (!before.IsEmpty)
            {
                Utf8Scanner.Decode(before, text.AsSpan(written), final: true, out var read, out var decoded, out var invalid);
                written += decoded;
                if (invalid > 0)
                {
                    text[written++] = '\uFFFD';
                }

                if (read + invalid == 0)
                {
                    break; // cannot happen for a final block with room to decode; never loop on it
                }

                before = before.Slice(read + invalid);
            }
        }
        else
        {
            var littleEndian = _utf16 == Encoding.Unicode;
            for (var i = 0; i + 1 < before.Length; i += 2)
            {
                text[written++] = (char)(littleEndian ? before[i] | (before[i + 1] << 8) : (before[i] << 8) | before[i + 1]);
            }
        }

        var (offset, line, column) = new PositionTracker().After(text.AsSpan(0, written));
        return new SourceSpan(offset, 1, line, column);
    }

    /// <summary>Names a UTF-32 byte order mark, which this decoder does not read (FF FE 00 00 starts like UTF-16's).</summary>
    private static string? Utf32Hint(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) ? " The input starts FF FE 00 00, the byte order mark of UTF-32 (little-endian), which is not read: save it as UTF-8."
        : head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) ? " The input starts 00 00 FE FF, the byte order mark of UTF-32 (big-endian), which is not read: save it as UTF-8."
        : null;

    /// <summary>
    /// Says so when the NUL bytes stand at every other byte, as the high bytes of Latin text in UTF-16 do: the
    /// input is most likely UTF-16 that lost its byte order mark, which the user can fix.
    /// </summary>
    private static string Utf16Hint(ReadOnlySpan<byte> head, int nuls)
    {
        var odd = 0;
        for (var i = 1; i < head.Length; i += 2)
        {
            odd += head[i] == 0 ? 1 : 0;
        }

        var even = nuls - odd;
        var pairs = head.Length / 2;
        return nuls * 10 >= head.Length * 4 && Math.Max(odd, even) * 10 >= nuls * 9 && Math.Max(odd, even) * 10 >= pairs * 6
            ? FormattableString.Invariant($" The NUL bytes stand at every other byte, as in UTF-16 ({(odd > even ? "little" : "big")}-endian) text without a byte order mark: save it as UTF-8, or as UTF-16 with a BOM.")
            : string.Empty;
    }

    private int DecodeUtf8(Span<char> buffer)
    {
        Utf8Scanner.Decode(_bytes.AsSpan(_start, _end - _start), buffer, _eof, out var read, out var written, out var invalid);
        Consume(read);
        if (invalid == 0 || written == buffer.Length)
        {
            return written;
        }

        // Report the invalid sequence where it stands, then stand U+FFFD in for it.
        ReportInvalid(_position.After(buffer[..written]), invalid);
        buffer[written++] = '\uFFFD';
        Consume(invalid);
        return written;
    }

    private int DecodeUtf16(Span<char> buffer)
    {
        var pairs = Math.Min((_end - _start) / 2, buffer.Length);
        if (pairs == 0)
        {
            if (_eof && _end - _start == 1)
            {
                // A dangling odd byte cannot be a UTF-16 code unit.
                ReportInvalid(_position.After(default), 1);
                Consume(1);
                buffer[0] = '\uFFFD';
                return 1;
            }

            return 0;
        }

        var littleEndian = _utf16 == Encoding.Unicode;
        for (var i = 0; i < pairs; i++)
        {
            var a = _bytes[_start + (2 * i)];
            var b = _bytes[_start + (2 * i) + 1];
            buffer[i] = (char)(littleEndian ? a | (b << 8) : (a << 8) | b);
        }

        Consume(pairs * 2);
        return pairs;
    }

    private void ReportInvalid((int Offset, int Line, int Column) position, int byteCount)
    {
        _invalidSequences++;
        if (_invalidSequences > MaxReportedSequences)
        {
            return;
        }

        var more = _invalidSequences == MaxReportedSequences ? " Further invalid sequences are replaced without a report of their own." : string.Empty;
        _report(new ListingDiagnostic
        {
            Code = DiagnosticCodes.InvalidEncoding,
            Severity = DiagnosticSeverity.Warning,
            Message = FormattableString.Invariant($"Expected {(_utf16 is null ? "UTF-8" : "UTF-16")}, found {byteCount} invalid byte{(byteCount == 1 ? string.Empty : "s")} at byte offset {_byteOffset}; replaced with U+FFFD.{more}"),
            Span = new SourceSpan(position.Offset, 1, position.Line, position.Column),
        });
    }

    private void Consume(int count)
    {
        _start += count;
        _byteOffset += count;
    }

    private void Fill(int wanted)
    {
        Compact();
        while (!_eof && _end - _start < wanted && _end < _bytes.Length)
        {
            var read = _stream.Read(_bytes, _end, _bytes.Length - _end);
            _end += read;
            _eof = read == 0;
        }
    }

    private void Compact()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_bytes, _start, _bytes, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
    }

    /// <summary>Follows the offset, line and column of the text handed out, the way the lexer counts them.</summary>
    private sealed class PositionTracker
    {
        private int _offset;
        private int _line = 1;
        private int _lineStart;
        private bool _pendingCr;

        public void Advance(ReadOnlySpan<char> text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    if (!_pendingCr)
                    {
                        _line++;
                    }

                    _lineStart = _offset + i + 1;
                    _pendingCr = false;
                }
                else if (c == '\r')
                {
                    _line++;
                    _lineStart = _offset + i + 1;
                    _pendingCr = true;
                }
                else
                {
                    _pendingCr = false;
                }
            }

            _offset += text.Length;
        }

        /// <summary>Returns the position just after <paramref name="pending"/>, text not yet handed out.</summary>
        public (int Offset, int Line, int Column) After(ReadOnlySpan<char> pending)
        {
            var copy = new PositionTracker { _offset = _offset, _line = _line, _lineStart = _lineStart, _pendingCr = _pendingCr };
            copy.Advance(pending);
            return (copy._offset, copy._line, copy._offset - copy._lineStart + 1);
        }
    }
}
