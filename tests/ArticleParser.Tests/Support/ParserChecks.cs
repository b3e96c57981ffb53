using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleParser.Tests.Support;

/// <summary>
/// Cross-checks of the public entry points on one input, free of test-framework dependencies (shared with
/// the fuzz target): lenient parsing never throws and keeps <see cref="Invariants"/>; a second parse, the
/// reader overload, <c>Enumerate</c>, <c>EnumerateAsync</c> and the byte-stream overloads give the same
/// document; strict parsing throws exactly the first warning or error as a <see cref="ListingFormatException"/>.
/// </summary>
public static partial class ParserChecks
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Parses <paramref name="text"/> every way there is and checks that all ways agree; returns the document.</summary>
    public static ListingDocument CheckText(string text, ListingParserOptions options, bool streams = true, bool enumerate = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var document = Lenient(() => ListingParser.Parse(text, options), "Parse(string)");
        Invariants.Check(text, document);
        Same(document, Lenient(() => ListingParser.Parse(text, options), "Parse(string) again"), "a second Parse(string)");
        Same(document, Lenient(() => ListingParser.Parse(new StringReader(text), options), "Parse(TextReader)"), "Parse(TextReader)");
        if (enumerate)
        {
            // With and without limits: streaming applies MaxLineLength and MaxInputLength exactly like Parse.
            Same(document, Enumerated(text, options), "Enumerate(StringReader)");
            Same(document, EnumeratedAsync(text, options), "EnumerateAsync(StringReader)");
        }

        CheckStrict(text, options, document, enumerate);
        if (streams)
        {
            CheckStreams(text, options, document, enumerate);
        }

        return document;
    }

    /// <summary>Strict mode throws <see cref="ListingFormatException"/> carrying the first warning or error, and nothing else.</summary>
    public static void CheckStrict(string text, ListingParserOptions options, ListingDocument lenient, bool enumerate = true)
    {
        ArgumentNullException.ThrowIfNull(lenient);
        var strict = options with { Strict = true };
        var first = lenient.Diagnostics.FirstOrDefault(d => d.Severity >= DiagnosticSeverity.Warning);
        try
        {
            var document = ListingParser.Parse(text, strict);
            Require(first is null, $"strict Parse did not throw for {first}");
            Same(lenient, document, "strict Parse without problems");
        }
        catch (ListingFormatException exception)
        {
            Require(first is not null, $"strict Parse threw {exception.Message} on a document without warnings or errors");
            Require(Equals(exception.Diagnostic, first), $"strict Parse threw {exception.Diagnostic}, expected the first problem {first}");
            Require(exception.Code == first!.Code && exception.Line == first.Span.Line && exception.Column == first.Span.Column, "exception fields differ from its diagnostic");
        }
        catch (Exception exception) when (exception is not InvariantViolationException)
        {
            throw new InvariantViolationException($"strict Parse threw {exception.GetType().Name}, not ListingFormatException", exception);
        }

        if (!enumerate)
        {
            return;
        }

        try
        {
            var entries = ListingParser.Enumerate(new StringReader(text), strict).ToList();
            Require(first is null, $"strict Enumerate did not throw for {first}");
            Require(entries.SequenceEqual(lenient.Entries), "strict Enumerate without problems yields other entries");
        }
        catch (ListingFormatException exception)
        {
            // A limit error's span covers the unread rest only in Parse (README: streaming differences).
            Require(first is not null && exception.Diagnostic is { } thrown && Equals(WithoutUnreadLength(thrown), WithoutUnreadLength(first)), $"strict Enumerate threw {exception.Diagnostic}, expected the first problem {first}");
        }
        catch (Exception exception) when (exception is not InvariantViolationException)
        {
            throw new InvariantViolationException($"strict Enumerate threw {exception.GetType().Name}, not ListingFormatException", exception);
        }
    }

    /// <summary>
    /// Bytes of the text through Parse(Stream) and EnumerateAsync(Stream): UTF-8 with and without BOM (lone
    /// surrogates become U+FFFD on encoding, so compared with the text after that round trip), UTF-16 LE and BE
    /// with BOM (code units copied, lone surrogates included, so compared with the text itself).
    /// </summary>
    public static void CheckStreams(string text, ListingParserOptions options, ListingDocument document, bool enumerate = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        var utf8 = Utf8.GetBytes(text);
        var roundTripped = Utf8.GetString(utf8);
        var expected = roundTripped == text ? document : Lenient(() => ListingParser.Parse(roundTripped, options), "Parse(round-tripped string)");

        SameOrNotText(text, expected, FromBytes([0xEF, 0xBB, 0xBF, .. utf8], options), "Parse(Stream) of UTF-8 with BOM");

        // Without a BOM a leading U+FEFF is the BOM: the decoded text starts after it.
        var expectedNoBom = roundTripped.StartsWith('\uFEFF')
            ? Lenient(() => ListingParser.Parse(roundTripped[1..], options), "Parse(string after BOM)")
            : expected;
        SameOrNotText(text, expectedNoBom, FromBytes(utf8, options), "Parse(Stream) of UTF-8 without BOM");

        var units = MemoryMarshal.AsBytes(text.AsSpan()).ToArray();
        if (!BitConverter.IsLittleEndian)
        {
            Swap(units);
        }

        SameOrNotText(text, document, FromBytes([0xFF, 0xFE, .. units], options), "Parse(Stream) of UTF-16 LE with BOM");
        Swap(units);
        SameOrNotText(text, document, FromBytes([0xFE, 0xFF, .. units], options), "Parse(Stream) of UTF-16 BE with BOM");

        if (enumerate)
        {
            SameOrNotText(text, expected, EnumeratedAsync(new MemoryStream([0xEF, 0xBB, 0xBF, .. utf8]), options), "EnumerateAsync(Stream) of UTF-8 with BOM");
            SameOrNotText(text, document, EnumeratedAsync(new MemoryStream([0xFE, 0xFF, .. units]), options), "EnumerateAsync(Stream) of UTF-16 BE with BOM");
        }
    }

    // NUL-heavy text is taken for binary in any encoding (by design): then AP104 is reported alone and nothing is parsed.
    private static void SameOrNotText(string text, ListingDocument expected, ListingDocument actual, string what) =>
        SameOrNotText(text, expected, new Outcome(actual.Entries, actual.NonEntryBlocks, actual.Diagnostics), what);

    private static void SameOrNotText(string text, ListingDocument expected, Outcome actual, string what)
    {
        if (actual.Diagnostics.Any(d => d.Code == DiagnosticCodes.NotText))
        {
            Require(text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\v' or '\f' or '\r' or '\u001B')), $"{what}: AP104 on text without NUL or other controls");
            Require(actual.Entries.Count == 0 && actual.NonEntryBlocks.Count == 0, $"{what}: AP104 with entries or blocks");
            Require(actual.Diagnostics.Select(d => d.Code).SequenceEqual([DiagnosticCodes.NotText]), $"{what}: AP104 with other diagnostics");
            return;
        }

        Same(expected, actual, what);
    }

    /// <summary>
    /// Arbitrary bytes through Parse(Stream): never throws; the document is the one of the text the bytes decode
    /// to (by BOM, else UTF-8 with U+FFFD for each invalid sequence), plus one AP103 warning per invalid sequence
    /// (the first 10, then one that counts the rest) pointing at its U+FFFD and naming a byte offset inside the input;
    /// bytes that are binary by the README's rule give AP104 alone, and AP104 comes only then.
    /// </summary>
    public static void CheckBytes(byte[] bytes, ListingParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var document = FromBytes(bytes, options);
        if (document.Diagnostics.Any(d => d.Code == DiagnosticCodes.NotText))
        {
            Require(LooksBinary(bytes, document.Diagnostics[0].Message), $"AP104 on bytes that are not binary by the README's rule: {document.Diagnostics[0].Message}");
            Require(document.Entries.Count == 0 && document.NonEntryBlocks.Count == 0, "AP104 with entries or blocks");
            Require(document.Diagnostics.Count == 1, "AP104 with other diagnostics");
            return;
        }

        Require(!LooksBinary(bytes, null), "binary bytes by the README's rule without AP104");
        var decoded = Decode(bytes, out var literalReplacements);
        Invariants.Check(decoded, document);
        var invalid = document.Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidEncoding).ToList();
        var rest = document.Diagnostics.Where(d => d.Code != DiagnosticCodes.InvalidEncoding).ToList();
        var expected = Lenient(() => ListingParser.Parse(decoded, options), "Parse(decoded string)");
        Require(expected.Entries.SequenceEqual(document.Entries), "Parse(Stream) entries differ from Parse(decoded text)");
        Require(expected.NonEntryBlocks.SequenceEqual(document.NonEntryBlocks), "Parse(Stream) blocks differ from Parse(decoded text)");
        Require(expected.Diagnostics.SequenceEqual(rest), "Parse(Stream) diagnostics differ from Parse(decoded text)");

        var replacements = decoded.Count(c => c == '\uFFFD') - literalReplacements;
        Require(invalid.Count == (replacements <= 10 ? replacements : 11), $"{invalid.Count} AP103 warnings for {replacements} invalid sequences");
        Require(replacements <= 10 || invalid[^1].Message.Contains(FormattableString.Invariant($"found {replacements - 10} more invalid sequence"), StringComparison.Ordinal), $"the last AP103 does not count the {replacements - 10} unreported sequences");
        foreach (var diagnostic in invalid)
        {
            Require(diagnostic.Span.Length == 1 && decoded[diagnostic.Span.Offset] == '\uFFFD', $"{diagnostic} does not point at a U+FFFD");
            var match = ByteOffset().Match(diagnostic.Message);
            Require(match.Success && long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) < bytes.Length, $"{diagnostic} names no byte offset inside the input");
        }
    }

    /// <summary>
    /// Tells binary input the way the README says: after a UTF-16 BOM, NUL characters in 1 % of the first 8 KiB;
    /// otherwise NULs or other C0 controls (all but tab, LF, VT, FF, CR and ESC) in 1 % of its bytes, or, when
    /// <paramref name="message"/> names a magic number, the bytes start with that magic number.
    /// </summary>
    private static bool LooksBinary(byte[] bytes, string? message)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (head.StartsWith((byte[])[0xFF, 0xFE]) || head.StartsWith((byte[])[0xFE, 0xFF]))
        {
            var units = (head.Length - 2) / 2;
            var nuls = 0;
            for (var i = 2; i + 1 < head.Length; i += 2)
            {
                nuls += head[i] == 0 && head[i + 1] == 0 ? 1 : 0;
            }

            return nuls > 0 && nuls * 100 >= units;
        }

        var body = head.StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        var magic = message is null ? null : Regex.Match(message, "by its magic number ((?:[0-9A-F]{2} ?)+) at byte offset");
        if (magic is { Success: true })
        {
            return body.StartsWith(Convert.FromHexString(magic.Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal)));
        }

        var controls = 0;
        foreach (var b in body)
        {
            controls += b < 0x20 && b is not (>= 0x09 and <= 0x0D) and not 0x1B ? 1 : 0;
        }

        return controls > 0 && controls * 100 >= body.Length;
    }

    /// <summary>Decodes bytes the way the README says Parse(Stream) does; counts the U+FFFD that were in the input.</summary>
    public static string Decode(byte[] bytes, out int literalReplacements)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var little = bytes[0] == 0xFF;
            var text = new StringBuilder();
            for (var i = 2; i + 1 < bytes.Length; i += 2)
            {
                text.Append((char)(little ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]));
            }

            var decoded = text.ToString();
            literalReplacements = decoded.Count(c => c == '\uFFFD');
            return bytes.Length % 2 == 1 ? decoded + "\uFFFD" : decoded;
        }

        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        literalReplacements = 0;
        var body = bytes.AsSpan(start);
        for (var i = 0; i + 2 < body.Length; i++)
        {
            if (body[i] == 0xEF && body[i + 1] == 0xBF && body[i + 2] == 0xBD)
            {
                literalReplacements++;
                i += 2;
            }
        }

        return Utf8.GetString(body);
    }

    public static ListingDocument FromBytes(byte[] bytes, ListingParserOptions options)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Lenient(() => ListingParser.Parse(stream, options), "Parse(Stream)");
    }

    /// <summary>Collects what Enumerate yields and reports through the callbacks.</summary>
    public static Outcome Enumerated(string text, ListingParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var blocks = new List<ListingBlock>();
        var diagnostics = new List<ListingDiagnostic>();
        var streaming = options with { OnNonEntryBlock = blocks.Add, OnDiagnostic = diagnostics.Add };
        var entries = Lenient(() => ListingParser.Enumerate(new StringReader(text), streaming).ToList(), "Enumerate");
        return new Outcome(entries, blocks, diagnostics);
    }

    /// <summary>Collects what EnumerateAsync over a stream yields and reports through the callbacks.</summary>
    public static Outcome EnumeratedAsync(Stream stream, ListingParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var blocks = new List<ListingBlock>();
        var diagnostics = new List<ListingDiagnostic>();
        var streaming = options with { OnNonEntryBlock = blocks.Add, OnDiagnostic = diagnostics.Add };
        var entries = Lenient(() => ListingParser.EnumerateAsync(stream, streaming).ToBlockingEnumerable().ToList(), "EnumerateAsync");
        return new Outcome(entries, blocks, diagnostics);
    }

    /// <summary>Collects what EnumerateAsync over a reader of the text yields and reports through the callbacks.</summary>
    public static Outcome EnumeratedAsync(string text, ListingParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var blocks = new List<ListingBlock>();
        var diagnostics = new List<ListingDiagnostic>();
        var streaming = options with { OnNonEntryBlock = blocks.Add, OnDiagnostic = diagnostics.Add };
        var entries = Lenient(() => ListingParser.EnumerateAsync(new StringReader(text), streaming).ToBlockingEnumerable().ToList(), "EnumerateAsync(TextReader)");
        return new Outcome(entries, blocks, diagnostics);
    }

    /// <summary>Runs a lenient parse; any exception breaks the "lenient parsing never throws" promise.</summary>
    public static T Lenient<T>(Func<T> parse, string what)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse();
        }
        catch (Exception exception) when (exception is not InvariantViolationException)
        {
            throw new InvariantViolationException($"lenient {what} threw {exception.GetType().Name}: {exception.Message}", exception);
        }
    }

    public static void Same(ListingDocument expected, ListingDocument actual, string what)
    {
        ArgumentNullException.ThrowIfNull(actual);
        Same(expected, new Outcome(actual.Entries, actual.NonEntryBlocks, actual.Diagnostics), what);
    }

    public static void Same(ListingDocument expected, Outcome actual, string what)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Require(expected.Entries.SequenceEqual(actual.Entries), $"{what}: entries differ ({expected.Entries.Count} vs {actual.Entries.Count}){FirstDifference(expected.Entries, actual.Entries)}");
        Require(expected.NonEntryBlocks.SequenceEqual(actual.NonEntryBlocks), $"{what}: non-entry blocks differ ({expected.NonEntryBlocks.Count} vs {actual.NonEntryBlocks.Count}){FirstDifference(expected.NonEntryBlocks, actual.NonEntryBlocks)}");
        // A limit error spans the unread rest only where that rest was read (README: streaming differences).
        var expectedDiagnostics = expected.Diagnostics.Select(WithoutUnreadLength).ToList();
        var actualDiagnostics = actual.Diagnostics.Select(WithoutUnreadLength).ToList();
        Require(expectedDiagnostics.SequenceEqual(actualDiagnostics), $"{what}: diagnostics differ ({expected.Diagnostics.Count} vs {actual.Diagnostics.Count}){FirstDifference(expectedDiagnostics, actualDiagnostics)}");
    }

    private static ListingDiagnostic WithoutUnreadLength(ListingDiagnostic diagnostic) =>
        diagnostic.Code is DiagnosticCodes.InputTooLong or DiagnosticCodes.LineTooLong
            ? diagnostic with { Span = diagnostic.Span with { Length = 0 } }
            : diagnostic;

    private static string FirstDifference<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var x = i < expected.Count ? expected[i] : default;
            var y = i < actual.Count ? actual[i] : default;
            if (!Equals(x, y))
            {
                return $"; first at {i}: expected {x?.ToString() ?? "nothing"}, found {y?.ToString() ?? "nothing"}";
            }
        }

        return string.Empty;
    }

    private static void Swap(byte[] units)
    {
        for (var i = 0; i + 1 < units.Length; i += 2)
        {
            (units[i], units[i + 1]) = (units[i + 1], units[i]);
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }

    [GeneratedRegex(@"at byte offset (\d+);")]
    private static partial Regex ByteOffset();
}

/// <summary>What a streaming parse produced: the yielded entries and what the callbacks received.</summary>
public sealed record Outcome(IReadOnlyList<ListingEntry> Entries, IReadOnlyList<ListingBlock> NonEntryBlocks, IReadOnlyList<ListingDiagnostic> Diagnostics);
