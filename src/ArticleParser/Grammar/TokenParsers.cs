using ArticleParser.Lexing;
using Sprache;

namespace ArticleParser.Grammar;

/// <summary>
/// Holds the token-level primitives and the few combinators the listing grammar is built from.
/// </summary>
/// <remarks>
/// Each primitive consumes whole line tokens from a <see cref="TokenInput"/>. The combinators here
/// replace Sprache's closure-based <c>Then</c>/<c>Select</c> where a rule would otherwise allocate a
/// delegate per call; choice (<c>Or</c>) is Sprache's own.
/// </remarks>
internal static class TokenParsers
{
    /// <summary>Matches one token of <paramref name="kind"/> for which <paramref name="accept"/> holds, and returns its index.</summary>
    public static Parser<int> Line(LineKind kind, string expected, Func<TokenCursor, int, bool>? accept = null)
    {
        var expectations = new[] { expected };
        return input =>
        {
            var tokens = (TokenInput)input;
            return tokens.Is(kind) && (accept is null || accept(tokens.Cursor, tokens.Index))
                ? Result.Success(tokens.Index, tokens.Skip(1))
                : Result.Failure<int>(input, "unexpected " + tokens, expectations);
        };
    }

    /// <summary>Matches between <paramref name="min"/> and <paramref name="max"/> consecutive tokens of <paramref name="kind"/>, greedily.</summary>
    public static Parser<TokenRun> Run(LineKind kind, int min, int max = int.MaxValue)
    {
        var expected = new[] { kind.ToString().ToLowerInvariant() + " line" };
        return input =>
        {
            var start = (TokenInput)input;
            var count = 0;
            while (count < max && start.Cursor.KindAt(start.Index + count) == kind)
            {
                count++;
            }

            return count >= min
                ? Result.Success(new TokenRun(start.Index, count), start.Skip(count))
                : Result.Failure<TokenRun>(input, "unexpected " + start.Skip(count), expected);
        };
    }

    /// <summary>Succeeds with <paramref name="parser"/>'s result only if <paramref name="lookahead"/> holds where it stopped; consumes nothing more.</summary>
    public static Parser<T> FollowedBy<T>(this Parser<T> parser, Func<TokenInput, bool> lookahead, string expected)
    {
        var expectations = new[] { expected };
        return input =>
        {
            var result = parser(input);
            if (!result.WasSuccessful || lookahead((TokenInput)result.Remainder))
            {
                return result;
            }

            return Result.Failure<T>(result.Remainder, "unexpected " + result.Remainder, expectations);
        };
    }

    /// <summary>Returns -1 without consuming anything where <paramref name="parser"/> fails.</summary>
    public static Parser<int> OrNone(this Parser<int> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful ? result : Result.Success(-1, input);
    };

    /// <summary>Maps a successful result without the per-call closure of Sprache's <c>Select</c>.</summary>
    public static Parser<TResult> Map<T, TResult>(this Parser<T> parser, Func<T, TResult> map) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(map(result.Value), result.Remainder)
            : Result.Failure<TResult>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>Runs two parsers one after the other and combines their results.</summary>
    public static Parser<TResult> Sequence<T1, T2, TResult>(Parser<T1> first, Parser<T2> second, Func<T1, T2, TResult> combine) => input =>
    {
        var r1 = first(input);
        if (!r1.WasSuccessful)
        {
            return Result.Failure<TResult>(r1.Remainder, r1.Message, r1.Expectations);
        }

        var r2 = second(r1.Remainder);
        return r2.WasSuccessful
            ? Result.Success(combine(r1.Value, r2.Value), r2.Remainder)
            : Result.Failure<TResult>(r2.Remainder, r2.Message, r2.Expectations);
    };

    public static bool IsTextLike(LineKind kind) => kind == LineKind.Text;

    /// <summary>Tells whether a token closes a paragraph: anything but text or metadata continues it.</summary>
    public static bool ClosesParagraph(LineKind kind) => kind is not (LineKind.Text or LineKind.Meta);
}
