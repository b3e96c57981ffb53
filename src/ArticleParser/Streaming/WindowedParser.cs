using ArticleParser.Building;
using ArticleParser.Grammar;
using ArticleParser.Lexing;

namespace ArticleParser.Streaming;

/// <summary>
/// Parses a reader window by window in bounded memory, producing exactly the records a whole-text parse would.
/// </summary>
/// <remarks>
/// Each window ends at a line break. The grammar parses it and keeps every block whose decision never
/// looked at the window's end (<see cref="TokenCursor.HighWater"/>); the lines from the first undecided
/// block on are carried into the next window. A construct that needs more than
/// <see cref="MaxCarry"/> characters of lookahead (a million blank lines between a headline and its teaser)
/// is decided at that point, the one place where streaming may differ from <c>Parse</c>.
/// </remarks>
internal sealed class WindowedParser
{
    // 32 Ki characters: the window text stays a small-object-heap string, so windows die young in gen0.
    public const int WindowSize = 1 << 15;

    public const int MaxCarry = 4 << 20;

    private readonly LexerSettings _settings;
    private readonly LayoutFilter _builder;
    private char[] _buffer = new char[WindowSize];
    private int _filled;
    private int _baseOffset;
    private int _firstLine = 1;
    private bool _first = true;
    private bool _completed;

    private readonly int _maxInputLength;
    private readonly List<TokenList> _held = [];

    public WindowedParser(ListingParserOptions options, IListingSink sink)
    {
        _maxInputLength = options.MaxInputLength;
        _settings = LexerSettings.For(options);
        _builder = new LayoutFilter(new DocumentBuilder(sink));
    }

    /// <summary>Gets the part of the buffer that the next read should fill.</summary>
    public ArraySegment<char> FreeSpace
    {
        get
        {
            if (_filled == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            return new ArraySegment<char>(_buffer, _filled, _buffer.Length - _filled);
        }
    }

    public bool Completed => _completed;

    /// <summary>Takes <paramref name="read"/> more characters (0 at the end of input) and parses what is decidable.</summary>
    public void Advance(int read)
    {
        _filled += read;
        var final = read == 0;
        var usable = final ? _filled : LastLineBreakEnd();

        // Limits end the stream early: parse what came before as final, then say where it stopped.
        var tooLong = (long)_baseOffset + _filled > _maxInputLength;
        // The unfinished last line, not counting a CR that may be half of its CRLF.
        var partialLine = _filled - usable - (usable < _filled && _buffer[_filled - 1] == '\r' ? 1 : 0);
        var lineTooLong = !final && partialLine > _settings.MaxLineLength;
        if (tooLong)
        {
            var allowed = (int)Math.Min(_maxInputLength - (long)_baseOffset, usable);
            usable = ListingParser.LimitCut(_buffer.AsSpan(0, _filled), Math.Max(allowed, 0));
        }

        final |= tooLong || lineTooLong;
        if (usable == 0 && !final)
        {
            return; // no complete line yet: read more
        }

        if (!final && _filled < _buffer.Length / 2 && _filled < WindowSize)
        {
            return; // fill the window before paying for a parse
        }

        var text = new string(_buffer, 0, usable);
        var tokens = LineLexer.Tokenize(text, usable, _baseOffset, _firstLine, _settings, skipBom: _first);
        var stop = ListingGrammar.ParseBlocks(tokens, endIsFinal: final || usable > MaxCarry, _builder);
        var keepFrom = stop < tokens.Count ? tokens[stop].LineStart : usable;
        var nextLine = stop < tokens.Count ? tokens[stop].LineNumber : tokens.EndLine;
        ReleaseTokens(tokens);
        if (final)
        {
            // The first limit in the text wins, as in Parse: a long line before the input limit, else the limit.
            var error = tokens.StoppedAtLongLine ? Limits.LineTooLong(tokens, _settings.MaxLineLength, unread: -1)
                : tooLong ? Limits.InputTooLong(tokens, _maxInputLength, unread: -1)
                : lineTooLong ? Limits.LineTooLong(tokens, _settings.MaxLineLength, unread: -1)
                : null;
            _builder.Complete(tokens.EndSpan, error);
            ReleaseTokens(null);
            _completed = true;
            return;
        }

        if (keepFrom > 0)
        {
            _first = false;
            _firstLine = nextLine;
            _baseOffset += keepFrom;
            Array.Copy(_buffer, keepFrom, _buffer, 0, _filled - keepFrom);
            _filled -= keepFrom;
        }
    }

    /// <summary>Gives token arrays back to the pool once no held node points into them.</summary>
    private void ReleaseTokens(TokenList? current)
    {
        if (current is not null)
        {
            _held.Add(current);
        }

        if (!_builder.IsHolding || current is null)
        {
            foreach (var tokens in _held)
            {
                tokens.Release();
            }

            _held.Clear();
        }
    }

    /// <summary>Finds the end of the last complete line; a trailing <c>\r</c> may still be half of <c>\r\n</c>.</summary>
    private int LastLineBreakEnd()
    {
        var span = _buffer.AsSpan(0, _filled);
        if (!span.IsEmpty && span[^1] == '\r')
        {
            span = span[..^1];
        }

        return span.LastIndexOfAny('\r', '\n') + 1;
    }
}
