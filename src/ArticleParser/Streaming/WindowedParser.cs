using ArticleParser.Building;
using ArticleParser.Compat;
using ArticleParser.Layout;
using ArticleParser.Lexing;

namespace ArticleParser.Streaming;

/// <summary>
/// Parses a reader window by window in bounded memory, producing exactly the records a whole-text parse would.
/// </summary>
/// <remarks>
/// Each window ends at a line break. The pipeline decides what it can and the lines from the first
/// undecided record on are carried into the next window. The first window holds the whole sample the
/// layout stage infers the template from (<see cref="TemplateInference.SampleLines"/> lines or
/// <see cref="TemplateInference.SampleChars"/> characters), so the template is the one <c>Parse</c> infers. A construct that needs more than
/// <see cref="MaxCarry"/> characters of lookahead (a million blank lines between a headline and its teaser)
/// is decided at that point, the one place where streaming may differ from <c>Parse</c>.
/// </remarks>
internal sealed class WindowedParser
{
    // 32 Ki characters: the window text stays a small-object-heap string, so windows die young in gen0.
    public const int WindowSize = 1 << 15;

    public const int MaxCarry = 4 << 20;

    private readonly Pipeline _pipeline;
    private char[] _buffer = new char[WindowSize];
    private int _filled;
    private int _baseOffset;
    private int _firstLine = 1;
    private bool _first = true;
    private bool _completed;

    private readonly int _maxInputLength;
    private readonly int _maxLineLength;
    private readonly Action<ListingLayout>? _onLayout;

    public WindowedParser(ListingParserOptions options, IListingSink sink)
    {
        _maxInputLength = options.MaxInputLength;
        _maxLineLength = options.MaxLineLength;
        _onLayout = options.OnLayout;
        _pipeline = new Pipeline(options, sink);
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
        var lineTooLong = !final && partialLine > _maxLineLength;
        if (tooLong)
        {
            var allowed = (int)Math.Min(_maxInputLength - (long)_baseOffset, usable);
            usable = ListingParser.LimitCut(_buffer.AsSpan(0, _filled), Math.Max(allowed, 0));
        }

        final |= tooLong || lineTooLong;
        if (!final && WaitsForMore(usable))
        {
            return;
        }

        var text = new string(_buffer, 0, usable);
        var (tokens, keepFrom, nextLine) = _pipeline.Run(text, usable, _baseOffset, _firstLine, skipBom: _first, endIsFinal: final || usable > MaxCarry);
        if (final)
        {
            Finish(tokens, tooLong, lineTooLong);
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

    /// <summary>Tells whether a window that is not the last should wait for more input before it is parsed.</summary>
    private bool WaitsForMore(int usable)
    {
        if (usable == 0)
        {
            return true; // no complete line yet: read more
        }

        if (_filled < _buffer.Length / 2 && _filled < WindowSize)
        {
            return true; // fill the window before paying for a parse
        }

        if (_first && usable < TemplateInference.SampleChars && usable < MaxCarry
            && SpanText.CountOf(_buffer.AsSpan(0, usable), '\n') + SpanText.CountOf(_buffer.AsSpan(0, usable), '\r') < 2 * TemplateInference.SampleLines)
        {
            return true; // the layout stage infers the template from the whole sample, as Parse does
        }

        return false;
    }

    /// <summary>Ends the document after the last window, with the error of the limit that stopped it, if any.</summary>
    private void Finish(TokenList tokens, bool tooLong, bool lineTooLong)
    {
        // The first limit in the text wins, as in Parse: a long line before the input limit, else the limit.
        var error = tokens.StoppedAtLongLine ? Limits.LineTooLong(tokens, _maxLineLength, unread: -1)
            : tooLong ? Limits.InputTooLong(tokens, _maxInputLength, unread: -1)
            : lineTooLong ? Limits.LineTooLong(tokens, _maxLineLength, unread: -1)
            : null;
        _pipeline.Complete(tokens.EndSpan, error);
        _completed = true;
        if (_onLayout is not null)
        {
            foreach (var layout in _pipeline.Layouts)
            {
                _onLayout(layout);
            }
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
