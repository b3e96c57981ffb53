using ArticleParser.Lexing;
using Sprache;

namespace ArticleParser.Grammar;

/// <summary>
/// Holds the token-level primitives and the few combinators the listing grammar is built from.
/// </summary>
/// <remarks>
/// Each primitive consumes whole line tokens from a <see cref="TokenInput"/>. The combinators here
/// replace Sprache's closure-based <c>Then</c>/<c>Select</c> where a rule would otherwise allocate a
/// delegate per call; everything else is plain Sprache.
/// </remarks>
internal static class TokenParsers
{
    /// <summary>Matches one token of <paramref name="kind"/> and returns its index.</summary>
    public static Parser<int> One(LineKind kind)
    {
        var expected = new[] { Describe(kind) };
        return input =>
        {
            var tokens = (TokenInput)input;
            return tokens.Is(kind)
                ? Result.Success(tokens.Index, tokens.Skip(1))
                : Result.Failure<int>(input, "unexpected " + tokens, expected);
        };
    }

    /// <summary>Matches between <paramref name="min"/> and <paramref name="max"/> consecutive tokens of <paramref name="kind"/>, greedily.</summary>
    public static Parser<TokenRun> Run(LineKind kind, int min, int max)
    {
        var expected = new[] { Describe(kind) };
        return input =>
        {
            var start = (TokenInput)input;
            var next = start;
            var count = 0;
            while (count < max && next.Is(kind))
            {
                next = next.Skip(1);
                count++;
            }

            return count >= min
                ? Result.Success(new TokenRun(start.Index, count), next)
                : Result.Failure<TokenRun>(input, "unexpected " + next, expected);
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

    /// <summary>Maps a successful result without the per-call closure of Sprache's <c>Select</c>.</summary>
    public static Parser<TResult> Map<T, TResult>(this Parser<T> parser, Func<T, TResult> map) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(map(result.Value), result.Remainder)
            : Result.Failure<TResult>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>Runs three parsers one after the other and combines their results.</summary>
    public static Parser<TResult> Sequence<T1, T2, T3, TResult>(
        Parser<T1> first, Parser<T2> second, Parser<T3> third, Func<T1, T2, T3, TResult> combine) => input =>
    {
        var r1 = first(input);
        if (!r1.WasSuccessful)
        {
            return Result.Failure<TResult>(r1.Remainder, r1.Message, r1.Expectations);
        }

        var r2 = second(r1.Remainder);
        if (!r2.WasSuccessful)
        {
            return Result.Failure<TResult>(r2.Remainder, r2.Message, r2.Expectations);
        }

        var r3 = third(r2.Remainder);
        return r3.WasSuccessful
            ? Result.Success(combine(r1.Value, r2.Value, r3.Value), r3.Remainder)
            : Result.Failure<TResult>(r3.Remainder, r3.Message, r3.Expectations);
    };

    public static bool AtBlank(TokenInput input) => input.Is(LineKind.Blank);

    public static bool AtBlankOrEnd(TokenInput input) => input.AtEnd || input.Is(LineKind.Blank);

    private static string Describe(LineKind kind) => kind switch
    {
        LineKind.Blank => "a blank line",
        _ => "a line of text",
    };
}
