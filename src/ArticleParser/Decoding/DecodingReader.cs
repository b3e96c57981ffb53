using System.Text;
using ArticleParser.Compat;

namespace ArticleParser.Decoding;

/// <summary>
/// Decodes listing bytes to text: UTF-8 (with or without BOM), or UTF-16 LE/BE by BOM. Invalid UTF-8
/// becomes U+FFFD and is reported with its byte offset; input that is not text (NUL bytes where UTF-8
/// has none) is reported and yields no text. Nothing is replaced or dropped silently.
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

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

#if NET8_0_OR_GREATER
    public override int Read(Span<char> buffer)
#else
    public int Read(Span<char> buffer)
#endif
    {
        while (true)
        {
            if (!_sniffed)
            {
                Fill(SniffLength);
                Sniff();
            }

            if (IsBinary || buffer.IsEmpty)
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
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            Consume(3);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            _utf16 = Encoding.Unicode;
            Consume(2);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            _utf16 = Encoding.BigEndianUnicode;
            Consume(2);
        }
        else
        {
            // UTF-8 text never holds NUL bytes in practice; UTF-16 without a BOM and binaries do.
            var nuls = SpanText.CountOf(head, 0);
            if (nuls > 0 && nuls * 100 >= head.Length)
            {
                IsBinary = true;
                _report(new ListingDiagnostic
                {
                    Code = DiagnosticCodes.NotText,
                    Severity = DiagnosticSeverity.Error,
                    Message = FormattableString.Invariant($"Expected text (UTF-8, or UTF-16 with a BOM), found binary data: {(nuls == 1 ? "1 NUL byte" : nuls + " NUL bytes")} in the first {head.Length} bytes; nothing was parsed.{Utf16Hint(head, nuls)}"),
                    Span = new SourceSpan(0, 0, 1, 1),
                });
            }
        }
    }

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
