using ArticleParser.Compat;
using ArticleParser.Lexing;
using Sprache;

namespace ArticleParser.Grammar;

/// <summary>
/// Holds the token-level primitives and the few combinators the listing grammar is built from.
/// </summary>
/// <remarks>
/// Each primitive consumes whole line tokens from a <see cref="TokenInput"/>. The combinators here
/// replace Sprache's closure-based <c>Or</c>/<c>Then</c>/<c>Select</c> on the hot path: one token of
/// lookahead picks the rule (<see cref="Dispatch"/>), alternatives are tried without allocating
/// delegates, and failures carry constant messages (the grammar never shows them to users; the
/// builder's diagnostics do).
/// </remarks>
internal static class TokenParsers
{
    private const string Unexpected = "unexpected line";

    /// <summary>Matches one token of <paramref name="kind"/> and returns its index.</summary>
    public static Parser<int> Line(LineKind kind, string expected)
    {
        var expectations = new[] { expected };
        return input =>
        {
            var tokens = (TokenInput)input;
            return tokens.Is(kind)
                ? tokens.Cursor.Success(tokens.Index + 1, tokens.Index)
                : Result.Failure<int>(input, Unexpected, expectations);
        };
    }

    /// <summary>Matches at least <paramref name="min"/> consecutive tokens of <paramref name="kind"/>, greedily.</summary>
    public static Parser<TokenRun> Run(LineKind kind, int min, int max = int.MaxValue)
    {
        var expected = new[] { kind.ToString().ToLowerInvariant() + " line" };
        return input =>
        {
            var start = (TokenInput)input;
            var cursor = start.Cursor;
            var count = 0;
            while (count < max && cursor.KindAt(start.Index + count) == kind)
            {
                count++;
            }

            return count >= min
                ? cursor.Success(start.Index + count, new TokenRun(start.Index, count))
                : Result.Failure<TokenRun>(input, Unexpected, expected);
        };
    }

    /// <summary>
    /// Matches one or more consecutive tokens that satisfy <paramref name="test"/>, greedily (Sprache's
    /// <c>AtLeastOnce</c> over <see cref="Token(TokenTest, string)"/>, without a list of the lines it passed).
    /// </summary>
    public static Parser<TokenRun> Run(TokenTest test, string expected) => Run(test, expected, static run => run);

    /// <summary>
    /// Matches a run as <see cref="Run(TokenTest, string)"/> does and returns <paramref name="map"/> of it: the same as
    /// <c>Run(test, expected).Map(map)</c>, with one result object per block instead of two (a listing has thousands of
    /// blank-line blocks, and each result is garbage the moment the block is built).
    /// </summary>
    public static Parser<T> Run<T>(TokenTest test, string expected, Func<TokenRun, T> map)
    {
        var expectations = new[] { expected };
        return input =>
        {
            var start = (TokenInput)input;
            var end = RunEnd(start, test);
            return end > start.Index
                ? start.Cursor.Success(end, map(new TokenRun(start.Index, end - start.Index)))
                : Result.Failure<T>(input, Unexpected, expectations);
        };
    }

    /// <summary>
    /// Matches a run as <see cref="Run(TokenTest, string)"/> does and returns it as a block of <paramref name="kind"/>: the
    /// same as <c>Run(test, expected).Map(run => new Node(kind, run.First, run.End - 1))</c>, in one small result
    /// (<see cref="SpanResult"/>).
    /// </summary>
    public static Parser<Node> Run(TokenTest test, string expected, NodeKind kind)
    {
        var expectations = new[] { expected };
        return input =>
        {
            var start = (TokenInput)input;
            var end = RunEnd(start, test);
            return end > start.Index
                ? new SpanResult(start.Cursor, kind, start.Index, end)
                : Result.Failure<Node>(input, Unexpected, expectations);
        };
    }

    /// <summary>Matches one token as <see cref="Token(TokenTest, string)"/> does and returns it as a one-line block of <paramref name="kind"/>.</summary>
    public static Parser<Node> Token(TokenTest test, string expected, NodeKind kind)
    {
        var expectations = new[] { expected };
        return input =>
        {
            var tokens = (TokenInput)input;
            return !tokens.AtEnd && test(tokens.Token)
                ? new SpanResult(tokens.Cursor, kind, tokens.Index, tokens.Index + 1)
                : Result.Failure<Node>(input, Unexpected, expectations);
        };
    }

    /// <summary>Returns the index past the consecutive tokens from <paramref name="start"/> that satisfy <paramref name="test"/>.</summary>
    private static int RunEnd(TokenInput start, TokenTest test)
    {
        var cursor = start.Cursor;
        var end = start.Index;
        while (cursor.KindAt(end) != LineKind.End && test(cursor.Tokens[end]))
        {
            end++;
        }

        return end;
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

            return Result.Failure<T>(result.Remainder, Unexpected, expectations);
        };
    }

    /// <summary>Maps a successful result without the per-call closure of Sprache's <c>Select</c>.</summary>
    public static Parser<TResult> Map<T, TResult>(this Parser<T> parser, Func<T, TResult> map) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Succeed(result.Remainder, map(result.Value))
            : Result.Failure<TResult>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>Matches <paramref name="first"/> then <paramref name="second"/> and combines their values (Sprache's query <c>from a in first from b in second select combine(a, b)</c>, without its per-call closures).</summary>
    public static Parser<TResult> Then<T, TU, TResult>(this Parser<T> first, Parser<TU> second, Func<T, TU, TResult> combine) => input =>
    {
        var a = first(input);
        if (!a.WasSuccessful)
        {
            return Result.Failure<TResult>(a.Remainder, a.Message, a.Expectations);
        }

        var b = second(a.Remainder);
        return b.WasSuccessful
            ? Succeed(b.Remainder, combine(a.Value, b.Value))
            : Result.Failure<TResult>(b.Remainder, b.Message, b.Expectations);
    };

    /// <summary>
    /// Matches the lines of a run that <paramref name="member"/> accepts, with blank lines between them, up to
    /// the last such line (blank lines after it are left for the next block); an empty run matches too. Returns
    /// the first line of each field role among them, in one pass, with no result per line.
    /// </summary>
    public static Parser<RecordParts> Members(TokenTest member) => input =>
    {
        var at = (TokenInput)input;
        var cursor = at.Cursor;
        var tokens = cursor.Tokens;
        var parts = new RecordParts();
        var end = at.Index;
        for (var i = at.Index; i < cursor.Limit; i++)
        {
            ref var token = ref tokens[i];
            if (token.Kind == LineKind.Blank)
            {
                continue;
            }

            if (!member(token))
            {
                break;
            }

            parts = parts.Add(i, token.Role, token.Has(LineFlags.Deviates));
            end = i + 1;
        }

        return cursor.Success(end, parts);
    };

    /// <summary>Tries the alternatives in order and returns the first success (ordered choice, like Sprache's <c>Or</c>, without its closures).</summary>
    public static Parser<T> FirstOf<T>(params Parser<T>[] alternatives) => input =>
    {
        IResult<T>? result = null;
        foreach (var alternative in alternatives)
        {
            result = alternative(input);
            if (result.WasSuccessful)
            {
                return result;
            }
        }

        return result!;
    };

    /// <summary>Picks the rule by the kind of the current token: one token of lookahead decides, so nothing is tried twice.</summary>
    public static Parser<T> Dispatch<T>(IReadOnlyDictionary<LineKind, Parser<T>> rules)
    {
        var table = new Parser<T>?[(int)LineKind.Chrome + 1];
        foreach (var (kind, rule) in rules)
        {
            table[(int)kind] = rule;
        }

        var expectations = rules.Keys.Select(k => k.ToString().ToLowerInvariant() + " line").ToArray();
        return input => table[(int)((TokenInput)input).Kind] is { } rule
            ? rule(input)
            : Result.Failure<T>(input, Unexpected, expectations);
    }

    /// <summary>Succeeds with <paramref name="value"/> at <paramref name="remainder"/>: on token input, one object that is both.</summary>
    public static IResult<T> Succeed<T>(IInput remainder, T value) =>
        remainder is TokenInput at ? at.Cursor.Success(at.Index, value) : Result.Success(value, remainder);

    /// <summary>Fails at <paramref name="input"/> with the constant grammar message.</summary>
    public static IResult<T> Fail<T>(IInput input, string[] expectations) => Result.Failure<T>(input, Unexpected, expectations);

    /// <summary>Matches one token that satisfies <paramref name="test"/> and returns its index.</summary>
    public static Parser<int> Token(TokenTest test, string expected) => Token(test, expected, static index => index);

    /// <summary>
    /// Matches one token as <see cref="Token(TokenTest, string)"/> does and returns <paramref name="map"/> of its index: the
    /// same as <c>Token(test, expected).Map(map)</c>, with one result object instead of two.
    /// </summary>
    public static Parser<T> Token<T>(TokenTest test, string expected, Func<int, T> map)
    {
        var expectations = new[] { expected };
        return input =>
        {
            var tokens = (TokenInput)input;
            return !tokens.AtEnd && test(tokens.Token)
                ? tokens.Cursor.Success(tokens.Index + 1, map(tokens.Index))
                : Result.Failure<T>(input, Unexpected, expectations);
        };
    }

    /// <summary>Matches one token that satisfies <paramref name="test"/> and returns its index and role.</summary>
    public static Parser<RoleLine> Line(TokenTest test, string expected)
    {
        var expectations = new[] { expected };
        return input =>
        {
            var tokens = (TokenInput)input;
            return !tokens.AtEnd && test(tokens.Token)
                ? tokens.Cursor.Success(tokens.Index + 1, new RoleLine(tokens.Index, tokens.Token.Role, tokens.Token.Has(LineFlags.Deviates)))
                : Result.Failure<RoleLine>(input, Unexpected, expectations);
        };
    }
}

/// <summary>Tests a line token without copying it.</summary>
internal delegate bool TokenTest(in LineToken token);

/// <summary>Names one line of a record: its index and the role the layout stage gave it.</summary>
internal readonly record struct RoleLine(int Index, LineRole Role, bool Deviates);

/// <summary>Sums up lines of a record: the last, the first line of each field role, and whether one deviates from the template.</summary>
/// <remarks>Where the lines end is the result's remainder, not a field here: a record's parts are one result per record.</remarks>
internal readonly record struct RecordParts()
{
    public int Last { get; init; } = -1;

    public int Caption { get; init; } = -1;

    public int Headline { get; init; } = -1;

    public int Teaser { get; init; } = -1;

    public bool Deviates { get; init; }

    /// <summary>Adds line <paramref name="index"/> with its role.</summary>
    public RecordParts Add(int index, LineRole role, bool deviates) => this with
    {
        Last = index,
        Caption = Caption < 0 && role == LineRole.Caption ? index : Caption,
        Headline = Headline < 0 && role == LineRole.Headline ? index : Headline,
        Teaser = Teaser < 0 && role == LineRole.Teaser ? index : Teaser,
        Deviates = Deviates || deviates,
    };
}
