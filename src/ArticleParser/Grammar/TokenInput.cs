using ArticleParser.Lexing;
using ArticleParser.Lexing.Recognizers;
using Sprache;

namespace ArticleParser.Grammar;

/// <summary>
/// Presents a <see cref="TokenList"/> to Sprache as its input: one step of <see cref="Advance"/>
/// moves a whole line, so the grammar never walks characters.
/// </summary>
/// <remarks>
/// Sprache expects an immutable input. Inputs are created once per token index and shared, so
/// advancing and backtracking allocate nothing after the first visit. <see cref="Current"/> is the
/// token's <see cref="LineKind"/> as a character, which keeps Sprache's own character parsers meaningful.
/// </remarks>
internal sealed class TokenInput : IInput
{
    private readonly TokenCursor _cursor;
    private Dictionary<object, object>? _memos;

    internal TokenInput(TokenCursor cursor, int index)
    {
        _cursor = cursor;
        Index = index;
    }

    public int Index { get; }

    public string Source => _cursor.Tokens.Source;

    public char Current => (char)_cursor.KindAt(Index);

    public bool AtEnd => _cursor.KindAt(Index) == LineKind.End;

    public int Position => Index < _cursor.Tokens.Count ? _cursor.Tokens[Index].OuterStart : Source.Length;

    public int Line => Index < _cursor.Tokens.Count ? _cursor.Tokens[Index].LineNumber : 0;

    public int Column => 1;

    public IDictionary<object, object> Memos => _memos ??= [];

    public TokenCursor Cursor => _cursor;

    /// <summary>Gets the kind of the current token, or <see cref="LineKind.End"/> past the last one.</summary>
    public LineKind Kind => _cursor.KindAt(Index);

    public IInput Advance() => AtEnd
        ? throw new InvalidOperationException("The input is already at the end of the listing.")
        : _cursor.At(Index + 1);

    /// <summary>Returns the input <paramref name="count"/> tokens further on.</summary>
    public TokenInput Skip(int count) => _cursor.At(Index + count);

    public bool Is(LineKind kind) => _cursor.KindAt(Index) == kind;

    public bool Equals(IInput? other) =>
        other is TokenInput input && ReferenceEquals(input._cursor, _cursor) && input.Index == Index;

    public override bool Equals(object? obj) => Equals(obj as IInput);

    public override int GetHashCode() => Index;

    public override string ToString() => Index < _cursor.Tokens.Count ? $"line {Line}" : "end of input";
}

/// <summary>
/// Hands out the one <see cref="TokenInput"/> of each token index and answers the grammar's
/// questions about tokens, remembering how far ahead any rule has looked.
/// </summary>
/// <remarks>
/// <see cref="HighWater"/> lets a streaming caller tell which decisions are final: a block whose rules
/// never looked at the end of a window would have been parsed the same with more input behind it.
/// </remarks>
internal sealed class TokenCursor
{
    // Inputs are immutable views of (cursor, index), so one cursor and its inputs can serve parse after
    // parse on a thread: steady-state parsing then allocates no inputs at all.
    [ThreadStatic]
    private static TokenCursor? t_spare;

    private const int MaxSpareInputs = 1 << 20;

    private TokenInput?[] _inputs = [];

    private TokenCursor()
    {
        Tokens = null!;
    }

    public TokenList Tokens { get; private set; }

    /// <summary>Gets the highest token index any rule has examined (<see cref="TokenList.Count"/> when a rule looked at the end).</summary>
    public int HighWater { get; private set; } = -1;

    /// <summary>Takes this thread's spare cursor (or a new one) and points it at <paramref name="tokens"/>.</summary>
    public static TokenCursor Rent(TokenList tokens)
    {
        var cursor = t_spare ?? new TokenCursor();
        t_spare = null; // a parse started from a callback inside this one gets a cursor of its own
        cursor.Tokens = tokens;
        cursor.HighWater = -1;
        if (cursor._inputs.Length < tokens.Count + 1)
        {
            Array.Resize(ref cursor._inputs, Math.Max(tokens.Count + 1, cursor._inputs.Length * 2));
        }

        return cursor;
    }

    public TokenInput At(int index) => _inputs[index] ??= new TokenInput(this, index);

    /// <summary>Hands the cursor back for the next parse on this thread; very large ones are let go.</summary>
    public void Release()
    {
        Tokens = null!;
        if (_inputs.Length <= MaxSpareInputs)
        {
            t_spare = this;
        }
    }

    public LineKind KindAt(int index)
    {
        if (index > HighWater)
        {
            HighWater = index;
        }

        return index < Tokens.Count ? Tokens[index].Kind : LineKind.End;
    }

    /// <summary>Tells whether a text token reads like prose rather than a title; computed once per token.</summary>
    public bool IsProse(int index)
    {
        ref var token = ref Tokens[index];
        if (token.Shape == LineShapeKind.Unknown)
        {
            token.Shape = LineShape.IsProse(Tokens.Source.AsSpan(token.FieldStart, token.FieldLength))
                ? LineShapeKind.Prose
                : LineShapeKind.Title;
        }

        return token.Shape == LineShapeKind.Prose;
    }

    /// <summary>Tells whether two text tokens hold the same field text (a caption repeated as the headline).</summary>
    public bool SameText(int a, int b)
    {
        ref var x = ref Tokens[a];
        ref var y = ref Tokens[b];
        return Tokens.Source.AsSpan(x.FieldStart, x.FieldLength).SequenceEqual(Tokens.Source.AsSpan(y.FieldStart, y.FieldLength));
    }
}
