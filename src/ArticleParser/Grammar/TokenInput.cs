using ArticleParser.Lexing;
using Sprache;

namespace ArticleParser.Grammar;

/// <summary>
/// Presents a <see cref="TokenList"/> to Sprache as its input: one step of <see cref="Advance"/>
/// moves a whole line, so the grammar never walks characters.
/// </summary>
/// <remarks>
/// Sprache expects an immutable input. Inputs are immutable views of (cursor, index), equal when those are:
/// a successful result of the token primitives is itself the input where it stopped (<see cref="TokenResult{T}"/>),
/// so a step of the grammar costs one object, not a result and an input. <see cref="Current"/> is the
/// token's <see cref="LineKind"/> as a character, which keeps Sprache's own character parsers meaningful.
/// </remarks>
internal class TokenInput : IInput
{
    private readonly TokenCursor _cursor;

    internal TokenInput(TokenCursor cursor, int index)
    {
        _cursor = cursor;
        Index = index;
    }

    public int Index { get; }

    public string Source => _cursor.Tokens.Source.ToString();

    public char Current => (char)_cursor.KindAt(Index);

    public bool AtEnd => _cursor.KindAt(Index) == LineKind.End;

    /// <summary>Gets the current token; only valid before the end.</summary>
    public ref LineToken Token => ref _cursor.Tokens[Index];

    public int Position => Index < _cursor.Tokens.Count ? _cursor.Tokens[Index].OuterStart : _cursor.Tokens.Source.Length;

    public int Line => Index < _cursor.Tokens.Count ? _cursor.Tokens[Index].LineNumber : 0;

    public int Column => 1;

    /// <summary>Gets Sprache's memo table for this position; the cursor keeps them, as no rule memoizes and a field here would grow every input by a quarter.</summary>
    public IDictionary<object, object> Memos => _cursor.MemosAt(Index);

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
/// Succeeds with <see cref="Value"/> and is the remainder itself: the input at the token where the parser stopped.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
/// <remarks>Sprache's own <c>Result.Success</c> would add a second object per step, the size of this one.</remarks>
internal sealed class TokenResult<T> : TokenInput, IResult<T>
{
    internal TokenResult(TokenCursor cursor, int index, T value)
        : base(cursor, index)
    {
        Value = value;
    }

    public T Value { get; }

    public bool WasSuccessful => true;

    public string? Message => null;

    public IEnumerable<string> Expectations => [];

    public IInput Remainder => this;
}

/// <summary>
/// Succeeds with a block that is only a run of lines of one kind, and is the remainder after it: the node is the
/// kind and the first line, and its last line is the one before the remainder.
/// </summary>
/// <remarks>
/// Half the blocks of a listing are such runs (the blank lines between records). A <see cref="TokenResult{T}"/> of
/// <see cref="Node"/> would carry the node's entry fields too, unused here, and be nearly twice the size.
/// </remarks>
internal sealed class SpanResult : TokenInput, IResult<Node>
{
    private readonly int _first;
    private readonly NodeKind _kind;

    internal SpanResult(TokenCursor cursor, NodeKind kind, int first, int end)
        : base(cursor, end)
    {
        _kind = kind;
        _first = first;
    }

    public Node Value => new(_kind, _first, Index - 1);

    public bool WasSuccessful => true;

    public string? Message => null;

    public IEnumerable<string> Expectations => [];

    public IInput Remainder => this;
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
    // Inputs are immutable views of (cursor, index). They are made on demand and not kept in an array:
    // an array as long as the input, filled with young objects, would be rescanned by every garbage
    // collection during the parse. A small ring remembers the latest ones, which backtracking revisits.
    private const int RingSize = 16;

    private readonly TokenInput?[] _recent = new TokenInput?[RingSize];
    private Dictionary<int, Dictionary<object, object>>? _memos;

    public TokenCursor(TokenList tokens, int limit = int.MaxValue)
    {
        Tokens = tokens;
        Limit = Math.Min(limit, tokens.Count);
    }

    /// <summary>Gets the index past the last token the rules may see (the end of what the layout stage decided).</summary>
    public int Limit { get; }

    public TokenList Tokens { get; }

    /// <summary>Gets the highest token index any rule has examined (<see cref="TokenList.Count"/> when a rule looked at the end).</summary>
    public int HighWater { get; private set; } = -1;

    public TokenInput At(int index)
    {
        ref var slot = ref _recent[index & (RingSize - 1)];
        if (slot is null || slot.Index != index)
        {
            slot = new TokenInput(this, index);
        }

        return slot;
    }

    /// <summary>Succeeds with <paramref name="value"/>, the remainder at token index <paramref name="end"/> (one object for both).</summary>
    public IResult<T> Success<T>(int end, T value) => new TokenResult<T>(this, end, value);

    /// <summary>Gets the memo table of token index <paramref name="index"/>, made on first use (for Sprache's <c>Memoize</c>).</summary>
    public IDictionary<object, object> MemosAt(int index)
    {
        _memos ??= [];
        if (!_memos.TryGetValue(index, out var memos))
        {
            _memos[index] = memos = [];
        }

        return memos;
    }

    public LineKind KindAt(int index)
    {
        if (index > HighWater)
        {
            HighWater = index;
        }

        return index < Limit ? Tokens[index].Kind : LineKind.End;
    }

    /// <summary>Tells whether a text token reads like prose rather than a title (the lexer measured it).</summary>
    public bool IsProse(int index)
    {
        return Tokens[index].IsProse;
    }

    /// <summary>Tells whether two text tokens hold the same field text (a caption repeated as the headline).</summary>
    public bool SameText(int a, int b)
    {
        ref var x = ref Tokens[a];
        ref var y = ref Tokens[b];
        return Tokens.Source.AsSpan(x.FieldStart, x.FieldLength).SequenceEqual(Tokens.Source.AsSpan(y.FieldStart, y.FieldLength));
    }
}
