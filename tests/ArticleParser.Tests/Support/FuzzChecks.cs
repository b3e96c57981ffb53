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

    /// <summary>Checks one input; with <paramref name="tolerateKnown"/>, defects already reported (<see cref="KnownDefects"/>) are set aside.</summary>
    /// <returns>The known defects the input hit (empty when it passed every check).</returns>
    public static IReadOnlyList<string> Check(byte[] bytes, bool tolerateKnown)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var hit = new List<string>();

        // Each Enumerate call takes a 2 MB window: the streaming cross-checks run on every 8th input (chosen by
        // content, so that AFL sees the same behaviour whenever it replays an input); the rest keeps the speed up.
        var enumerate = (Hash(bytes) & 7) == 0;
        Guard(hit, tolerateKnown, ParserChecks.Decode(bytes, out _), () => ParserChecks.CheckBytes(bytes, ListingParserOptions.Default));

        var text = Encoding.UTF8.GetString(bytes);
        Guard(hit, tolerateKnown, text, () => ParserChecks.CheckText(text, ListingParserOptions.Default, streams: false, enumerate));
        Guard(hit, tolerateKnown, text, () => ParserChecks.CheckText(text, Limited, streams: false, enumerate: false));

        var units = new string(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, bytes.Length & ~1)));
        Guard(hit, tolerateKnown, units, () => ParserChecks.CheckText(units, ListingParserOptions.Default, streams: true, enumerate));
        return hit;
    }

    private static void Guard(List<string> hit, bool tolerateKnown, string text, Action check)
    {
        try
        {
            if (!tolerateKnown)
            {
                check();
            }
            else if (KnownDefects.Tolerate(text, check) is { } defect)
            {
                hit.Add(defect);
            }
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

    private static uint Hash(byte[] bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
