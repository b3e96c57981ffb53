using System.Globalization;
using System.Runtime.CompilerServices;

namespace ArticleParser.Compat;

/// <summary>
/// Holds the span and argument helpers the library needs on every target, using the vectorized
/// runtime methods where the target has them.
/// </summary>
internal static class SpanText
{
    public static int CountOf(ReadOnlySpan<char> text, char c)
    {
#if NET8_0_OR_GREATER
        return text.Count(c);
#else
        var count = 0;
        var index = 0;
        while ((index = text.IndexOf(c)) >= 0)
        {
            count++;
            text = text.Slice(index + 1);
        }

        return count;
#endif
    }

    public static int CountOf(ReadOnlySpan<byte> bytes, byte b)
    {
#if NET8_0_OR_GREATER
        return bytes.Count(b);
#else
        var count = 0;
        foreach (var x in bytes)
        {
            if (x == b)
            {
                count++;
            }
        }

        return count;
#endif
    }

    /// <summary>
    /// Lower-cases one character like <see cref="char.ToLowerInvariant"/>, without asking the globalization
    /// library about characters that have no lower case.
    /// </summary>
    /// <remarks>
    /// Outside ASCII, <see cref="char.ToLowerInvariant"/> calls into ICU for every character (about 20 ns);
    /// only upper-case and title-case letters, letter numbers (Ⅻ) and circled letters (Ⓐ) have a lower case,
    /// and the category table answers that without the call.
    /// </remarks>
    public static char ToLower(char c) =>
        c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : ToLowerOutsideAscii(c);

    private static char ToLowerOutsideAscii(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherSymbol
            ? char.ToLowerInvariant(c)
            : c;

    /// <summary>Tells whether any character is a letter.</summary>
    public static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasDigit(ReadOnlySpan<char> text) => IndexOfDigit(text) >= 0;

    /// <summary>Tells whether any character is a lower-case letter.</summary>
    public static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the index of the first ASCII digit, or -1.</summary>
    public static int IndexOfDigit(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        return text.IndexOfAnyInRange('0', '9');
#else
        for (var i = 0; i < text.Length; i++)
        {
            if (IsDigit(text[i]))
            {
                return i;
            }
        }

        return -1;
#endif
    }

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static void NotNull(object? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
#if NET6_0_OR_GREATER
        ArgumentNullException.ThrowIfNull(value, name);
#else
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }
#endif
    }

#if !NETCOREAPP
    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }
#endif
}
