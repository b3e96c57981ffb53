using System.Text;
using ArticleParser.Compat;

namespace ArticleParser.Decoding;

/// <summary>
/// Decodes listing bytes to text: UTF-8 (with or without BOM), or UTF-16 LE/BE by BOM. Invalid UTF-8
/// becomes U+FFFD and is reported with its byte offset (the first ten each, the rest counted in one report);
/// input that is not text (a known magic number, or NULs or other controls where text has none, after a BOM
/// too) is reported at its first offending byte and yields no text. Nothing is replaced or dropped silently.
/// </summary>
/// <remarks>UTF-16 is copied code unit by code unit, so even lone surrogates survive unchanged.</remarks>
internal sealed class DecodingReader : TextReader
{
    /// <summary>How many bytes are inspected for binary content before any text is handed out.</summary>
    public const int SniffLength = 8192;

    /// <summary>How many invalid sequences get a report of their own; one more report counts the rest.</summary>
    private const int MaxReportedSequences = 10;

    /// <summary>
    /// The share of the head, in percent, that controls text never holds must reach for the input to be binary:
    /// text has none, random and compressed bytes have 26 in 256 (10 %), so 1 % leaves a tenfold margin either way
    /// (up to 81 stray controls in 8 KiB of text are still read), as the NUL rule of 1 % did.
    /// </summary>
    private const int ControlPercent = 1;

    /// <summary>The share, in percent, of the invalid sequences in the head that lone bytes 80-FF must make for the legacy-encoding hint.</summary>
    private const int LegacyPercent = 80;

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
    private string? _legacyHint;
    private (long ByteOffset, SourceSpan Span)? _firstUnreported;
    private bool _restReported;
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
                ReportUnreported();
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
        var body = head.Slice(bom);
        if (_utf16 is null)
        {
            SniffBytes(head, body, bom);
        }
        else
        {
            var units = body.Length / 2;
            var (nuls, first) = CountNulUnits(body);
            if (nuls > 0 && nuls * 100 >= units)
            {
                var what = FormattableString.Invariant($"UTF-16 ({Endianness(_utf16)}, by its byte order mark {head[0]:X2} {head[1]:X2}) text");
                RefuseAt(body, first * 2, FormattableString.Invariant(
                    $"Expected {what}, found binary data: {nuls} NUL character{(nuls == 1 ? string.Empty : "s")} in the first {units} characters, the first at byte offset {bom + (first * 2)}; nothing was parsed.{Utf32Hint(head)}"));
            }
        }

        Consume(bom);
    }

    /// <summary>
    /// Decides whether bytes read as UTF-8 are text: not when they start with a known magic number, nor when C0
    /// controls that text does not use make <see cref="ControlPercent"/> % of them (<see cref="IsBinaryControl"/>).
    /// When they are text but hold lone bytes 80-FF between ASCII, prepares the hint of a legacy single-byte encoding.
    /// </summary>
    private void SniffBytes(ReadOnlySpan<byte> head, ReadOnlySpan<byte> body, int bom)
    {
        const string What = "Expected text (UTF-8, or UTF-16 with a BOM), found binary data";
        if (BinarySignatures.Find(body) is { } signature)
        {
            RefuseAt(body, 0, FormattableString.Invariant($"{What} ({signature.Name}, by its magic number {signature.Hex} at byte offset {bom}); nothing was parsed.{signature.Advice}"));
            return;
        }

        var (nuls, controls, lone, firstNul, firstControl) = CountBytes(body, _eof);
        var units = body.Length;
        var nulHeavy = nuls > 0 && nuls * 100 >= units;
        if (nulHeavy || (controls > 0 && controls * 100 >= units * ControlPercent))
        {
            var hint = Utf32Hint(head) ?? (bom == 0 ? Utf16Hint(head, nuls) : string.Empty);
            if (body.StartsWith(BinarySignatures.Executable.Magic))
            {
                var executable = BinarySignatures.Executable;
                RefuseAt(body, 0, FormattableString.Invariant($"{What} ({executable.Name}, by its magic number {executable.Hex} at byte offset {bom}, and {controls} control bytes in the first {units} bytes); nothing was parsed."));
            }
            else if (nulHeavy)
            {
                RefuseAt(body, firstNul, FormattableString.Invariant($"{What}: {nuls} NUL byte{(nuls == 1 ? string.Empty : "s")} in the first {units} bytes, the first at byte offset {bom + firstNul}; nothing was parsed.{hint}"));
            }
            else
            {
                RefuseAt(body, firstControl, FormattableString.Invariant(
                    $"{What}: {controls} control byte{(controls == 1 ? string.Empty : "s")} (other than tab, line breaks, form feed and escape) in the first {units} bytes, the first (0x{body[firstControl]:X2}) at byte offset {bom + firstControl}; nothing was parsed.{hint}"));
            }

            return;
        }

        // Two lone bytes at least, and most invalid sequences are such: one stray byte is no evidence of an encoding.
        if (lone >= 2)
        {
            var invalid = CountInvalidSequences(body, _eof);
            if (lone * 100 >= invalid * LegacyPercent)
            {
                _legacyHint = FormattableString.Invariant(
                    $" The input looks like a single-byte legacy encoding such as Windows-1252 or ISO-8859-1, not UTF-8: {lone} of the {invalid} invalid sequences in the first {units} bytes are single bytes 80-FF between ASCII characters. Convert it to UTF-8 first, e.g. iconv -f windows-1252 -t utf-8 in.txt > out.txt.");
            }
        }
    }

    /// <summary>Counts the NULs, the other binary controls (with the offsets of the first of each) and the lone bytes 80-FF.</summary>
    private static (int Nuls, int Controls, int Lone, int FirstNul, int FirstControl) CountBytes(ReadOnlySpan<byte> body, bool eof)
    {
        // One pass over the head: NULs, the other controls text never holds, and bytes 80-FF standing alone
        // between ASCII, which UTF-8 never has (its sequences are two to four bytes 80-FF in a row).
        int nuls = 0, controls = 0, lone = 0, firstNul = -1, firstControl = -1;
        for (var i = 0; i < body.Length; i++)
        {
            var b = body[i];
            if (b < 0x20)
            {
                if (IsBinaryControl(b))
                {
                    if (controls++ == 0)
                    {
                        firstControl = i;
                    }

                    if (b == 0 && nuls++ == 0)
                    {
                        firstNul = i;
                    }
                }
            }
            else if (b >= 0x80 && (i == 0 || body[i - 1] < 0x80) && (i + 1 < body.Length ? body[i + 1] < 0x80 : eof))
            {
                lone++;
            }
        }

        return (nuls, controls, lone, firstNul, firstControl);
    }

    /// <summary>
    /// Tells the C0 controls that text does not hold (NUL included): all but tab, line feed, vertical tab, form
    /// feed, carriage return and escape (which starts ANSI colours in captured terminal output).
    /// </summary>
    private static bool IsBinaryControl(byte b) => b < 0x20 && b is not (>= 0x09 and <= 0x0D) and not 0x1B;

    /// <summary>Counts the invalid UTF-8 sequences the decoder would replace, without keeping the text.</summary>
    private static int CountInvalidSequences(ReadOnlySpan<byte> bytes, bool final)
    {
        Span<char> scratch = stackalloc char[512];
        var count = 0;
        while (!bytes.IsEmpty)
        {
            Utf8Scanner.Decode(bytes, scratch, final, out var read, out _, out var invalid);
            count += invalid > 0 ? 1 : 0;
            if (read + invalid == 0)
            {
                break; // a sequence cut off by the end of the head
            }

            bytes = bytes.Slice(read + invalid);
        }

        return count;
    }

    /// <summary>Reports <c>AP104</c> at byte <paramref name="at"/> of <paramref name="body"/>; the reader then yields nothing.</summary>
    private void RefuseAt(ReadOnlySpan<byte> body, int at, string message)
    {
        IsBinary = true;
        _report(new ListingDiagnostic
        {
            Code = DiagnosticCodes.NotText,
            Severity = DiagnosticSeverity.Error,
            Message = message,
            Span = PositionOf(body.Slice(0, at)),
        });
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
    /// Says so when the input reads as UTF-16 that lost its byte order mark, which the user can fix: either the NUL
    /// bytes stand at every other byte, as the high bytes of Latin text do, or (scripts with few ASCII letters, such
    /// as Japanese, have few NULs) the bytes read as clean UTF-16 in one byte order only.
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
        if (nuls * 10 >= head.Length * 4 && Math.Max(odd, even) * 10 >= nuls * 9 && Math.Max(odd, even) * 10 >= pairs * 6)
        {
            return FormattableString.Invariant($" The NUL bytes stand at every other byte, as in UTF-16 ({(odd > even ? "little" : "big")}-endian) text without a byte order mark: save it as UTF-8, or as UTF-16 with a BOM.");
        }

        // Text read in the wrong byte order, or random bytes read in either, give lone surrogates (3 % of code
        // units) or controls; text read in its own order gives none.
        var little = Utf16Faults(head, littleEndian: true);
        var big = Utf16Faults(head, littleEndian: false);
        return (little == 0) == (big == 0) ? string.Empty
            : FormattableString.Invariant($" The bytes read as UTF-16 ({(little == 0 ? "little" : "big")}-endian) text without a byte order mark (and not in the other byte order): save it as UTF-8, or as UTF-16 with a BOM.");
    }

    /// <summary>Counts the UTF-16 code units that text does not hold: controls as <see cref="IsBinaryControl"/> has them, lone surrogates and U+FFFE/U+FFFF.</summary>
    private static int Utf16Faults(ReadOnlySpan<byte> bytes, bool littleEndian)
    {
        var faults = 0;
        var count = bytes.Length / 2;
        for (var i = 0; i < count; i++)
        {
            var unit = Unit(bytes, i, littleEndian);
            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (i + 1 == count)
                {
                    break; // a pair cut off by the end of the head
                }

                if (Unit(bytes, i + 1, littleEndian) is >= 0xDC00 and <= 0xDFFF)
                {
                    i++;
                    continue;
                }

                faults++;
            }
            else if ((unit < 0x20 && IsBinaryControl((byte)unit)) || unit is (>= 0xDC00 and <= 0xDFFF) or 0xFFFE or 0xFFFF)
            {
                faults++;
            }
        }

        return faults;
    }

    private static int Unit(ReadOnlySpan<byte> bytes, int index, bool littleEndian) =>
        littleEndian ? bytes[2 * index] | (bytes[(2 * index) + 1] << 8) : (bytes[2 * index] << 8) | bytes[(2 * index) + 1];

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
        var span = new SourceSpan(position.Offset, 1, position.Line, position.Column);
        if (_invalidSequences > MaxReportedSequences)
        {
            // The rest are counted and reported once, at the end of the input, where their number is known.
            _firstUnreported ??= (_byteOffset, span);
            return;
        }

        var hint = _invalidSequences == 1 ? _legacyHint : null;
        _report(new ListingDiagnostic
        {
            Code = DiagnosticCodes.InvalidEncoding,
            Severity = DiagnosticSeverity.Warning,
            Message = FormattableString.Invariant($"Expected {Expected}, found {byteCount} invalid byte{(byteCount == 1 ? string.Empty : "s")} at byte offset {_byteOffset}; replaced with U+FFFD.{hint}"),
            Span = span,
        });
    }

    /// <summary>Reports, once the input has ended, how many invalid sequences went without a report of their own, at the first of them.</summary>
    private void ReportUnreported()
    {
        if (_restReported || _firstUnreported is not { } first)
        {
            return;
        }

        _restReported = true;
        var rest = _invalidSequences - MaxReportedSequences;
        _report(new ListingDiagnostic
        {
            Code = DiagnosticCodes.InvalidEncoding,
            Severity = DiagnosticSeverity.Warning,
            Message = FormattableString.Invariant(
                $"Expected {Expected}, found {rest} more invalid sequence{(rest == 1 ? string.Empty : "s")} after the first {MaxReportedSequences}, the first of them at byte offset {first.ByteOffset}; {(rest == 1 ? "it was" : "they were")} replaced with U+FFFD without a report of {(rest == 1 ? "its" : "their")} own."),
            Span = first.Span,
        });
    }

    private string Expected => _utf16 is null ? "UTF-8" : "UTF-16";

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
