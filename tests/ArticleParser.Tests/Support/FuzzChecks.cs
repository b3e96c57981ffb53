using System.Runtime.InteropServices;
using System.Text;

namespace ArticleParser.Tests.Support;

/// <summary>
/// What one fuzzing input is put through, by the fuzz target (tests/ArticleParser.Fuzz, linked source) and by the
/// regression test over Corpus/fuzz-regressions: the bytes go to Parse(Stream) as they are (BOM detection, invalid
/// UTF-8, binary refusal); their UTF-8 text to Parse(string) and the other entry points, with the default options
/// and with tight limits; and the bytes read as UTF-16 code units (lone surrogates, any BMP character) to all of
/// them including the byte-stream overloads. Every promise <see cref="Invariants"/> and <see cref="ParserChecks"/>
/// check is enforced: a broken one throws.
/// </summary>
public static class FuzzChecks
{
    private static readonly ListingParserOptions Limited = new() { MaxLineLength = 80, MaxInputLength = 4000 };

    /// <summary>Checks one input through every entry point, streaming included, with and without limits; a broken promise throws.</summary>
    public static void Check(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Guard(() => ParserChecks.CheckBytes(bytes, ListingParserOptions.Default));

        var text = Encoding.UTF8.GetString(bytes);
        Guard(() => ParserChecks.CheckText(text, ListingParserOptions.Default, streams: false));
        Guard(() => ParserChecks.CheckText(text, Limited, streams: true));

        var units = new string(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, bytes.Length & ~1)));
        Guard(() => ParserChecks.CheckText(units, ListingParserOptions.Default, streams: true));
        Guard(() => ParserChecks.CheckText(units, Limited, streams: false));
    }

    private static void Guard(Action check)
    {
        try
        {
            check();
        }
        catch (InvariantViolationException)
        {
            throw;
        }
        catch (Exception exception)
        {
            throw new InvariantViolationException($"a check threw {exception.GetType().Name}: {exception.Message}", exception);
        }
    }
}
