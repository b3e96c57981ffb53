namespace ArticleParser.Tests.Support;

/// <summary>
/// Library defects that are reported and have a skipped regression test (HostileInputTests, "bug: …") but are
/// not fixed yet. The property tests and the fuzz target recognize their exact signature and set such a case
/// aside (counted, not hidden), so that they keep hunting for new defects and stay green meanwhile.
/// </summary>
/// <remarks>
/// Each signature is narrow: the failure must be the documented symptom at the documented place. When the
/// owner fixes a defect, its entry here goes, with the Skip on its regression test.
/// </remarks>
public static class KnownDefects
{
    /// <summary>The defects, by the name used in HostileInputTests and docs/threat-model.md.</summary>
    public const string FieldLabelCrash = "D1 a line of one or two words starting with a field label (\"Source\", \"Tag line\") throws ArgumentOutOfRangeException";

    public const string UntrimmedFieldEdge = "D2 U+200B/U+FEFF/U+00A0 kept at a field edge next to a bullet, glued link, glued byline or dated title";

    public const string DateLineCrash = "D4 a date line that ends in ! ? or ... (\"Today!\", \"12 Mar 2019?\") throws ArgumentOutOfRangeException";

    public const string CrLfLimitPosition = "D3 AP101 reports the wrong line and column when MaxInputLength cuts between \\r and \\n";

    private static long s_tolerated;

    /// <summary>Gets how many cases a known defect set aside in this process.</summary>
    public static long Tolerated => Interlocked.Read(ref s_tolerated);

    /// <summary>Runs <paramref name="check"/>; a failure with a known defect's signature is counted and swallowed, any other propagates.</summary>
    /// <returns>The known defect that was hit, or <see langword="null"/> when the check passed.</returns>
    public static string? Tolerate(string text, Action check)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            check();
            return null;
        }
        catch (InvariantViolationException failure) when (Match(text, failure) is { } defect)
        {
            Interlocked.Increment(ref s_tolerated);
            return defect;
        }
    }

    /// <summary>Tells whether lenient <c>Parse</c> of <paramref name="text"/> throws with a known defect's signature.</summary>
    public static bool Crashes(string text)
    {
        try
        {
            ListingParser.Parse(text);
            return false;
        }
        catch (ArgumentOutOfRangeException exception) when (Match(text, exception) is not null)
        {
            return true;
        }
    }

    /// <summary>Names the known defect a failure is a symptom of, or returns <see langword="null"/>.</summary>
    public static string? Match(string text, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(failure);
        for (Exception? e = failure; e is not null; e = e.InnerException)
        {
            if (e is ArgumentOutOfRangeException && e.StackTrace?.Contains("MetaRecognizer.TryFactLine", StringComparison.Ordinal) == true)
            {
                return FieldLabelCrash;
            }

            if (e is ArgumentOutOfRangeException && e.StackTrace?.Contains("MetaRecognizer.TryDateLine", StringComparison.Ordinal) == true)
            {
                return DateLineCrash;
            }

            // Both read words.Gap(words.Count); an optimized build may inline the method that names which.
            if (e is ArgumentOutOfRangeException && e.StackTrace?.Contains("Recognizers.MetaRecognizer", StringComparison.Ordinal) == true)
            {
                return FieldLabelCrash + " / " + DateLineCrash;
            }
        }

        var message = failure.Message;
        if (failure is InvariantViolationException && message.Contains("is not trimmed", StringComparison.Ordinal))
        {
            return UntrimmedFieldEdge;
        }

        // "diagnostic 3 (AP101) 2:1 (2+1) says line 2:1, but …": the span starts at the \n of a \r\n the cut split.
        if (failure is InvariantViolationException && message.Contains("(AP101)", StringComparison.Ordinal)
            && message.Contains("says line", StringComparison.Ordinal) && SplitsCrLf(text, message))
        {
            return CrLfLimitPosition;
        }

        return null;
    }

    private static bool SplitsCrLf(string text, string message)
    {
        var open = message.IndexOf('(', message.IndexOf("(AP101)", StringComparison.Ordinal) + 7);
        var plus = open < 0 ? -1 : message.IndexOf('+', open);
        return plus > open
            && int.TryParse(message.AsSpan(open + 1, plus - open - 1), System.Globalization.CultureInfo.InvariantCulture, out var offset)
            && offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n';
    }
}
