using ArticleParser.Lexing;
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

    public ref readonly LineToken Token => ref _cursor.Tokens[Index];

    public string Source => _cursor.Tokens.Source;

    public char Current => AtEnd ? '\0' : (char)Token.Kind;

    public bool AtEnd => Index >= _cursor.Tokens.Count;

    public int Position => AtEnd ? Source.Length : Token.ContentStart;

    public int Line => AtEnd ? _cursor.Tokens.Count + 1 : Token.LineNumber;

    public int Column => AtEnd ? 1 : Token.Column;

    public IDictionary<object, object> Memos => _memos ??= [];

    public IInput Advance() => AtEnd
        ? throw new InvalidOperationException("The input is already at the end of the listing.")
        : _cursor.At(Index + 1);

    /// <summary>Returns the input <paramref name="count"/> tokens further on.</summary>
    public TokenInput Skip(int count) => _cursor.At(Index + count);

    public bool Is(LineKind kind) => !AtEnd && Token.Kind == kind;

    public bool Equals(IInput? other) =>
        other is TokenInput input && ReferenceEquals(input._cursor, _cursor) && input.Index == Index;

    public override bool Equals(object? obj) => Equals(obj as IInput);

    public override int GetHashCode() => Index;

    public override string ToString() => AtEnd ? "end of input" : $"line {Token.LineNumber}";
}

/// <summary>
/// Hands out the one <see cref="TokenInput"/> of each token index.
/// </summary>
internal sealed class TokenCursor
{
    private readonly TokenInput?[] _inputs;

    public TokenCursor(TokenList tokens)
    {
        Tokens = tokens;
        _inputs = new TokenInput?[tokens.Count + 1];
    }

    public TokenList Tokens { get; }

    public TokenInput At(int index) => _inputs[index] ??= new TokenInput(this, index);
}
