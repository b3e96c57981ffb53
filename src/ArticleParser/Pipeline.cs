using ArticleParser.Building;
using ArticleParser.Grammar;
using ArticleParser.Layout;
using ArticleParser.Lexing;

namespace ArticleParser;

/// <summary>
/// Wires the parser's stages once: decode → lex → layout → grammar → build. <c>Parse</c> runs it on the
/// whole text, streaming on one window after another; both decide alike.
/// </summary>
/// <remarks>The pipeline owns the pooled token arrays: each goes back to the pool once no held record points into it.</remarks>
internal sealed class Pipeline
{
    private readonly LexerSettings _settings;
    private readonly LayoutStage _layout = new();
    private readonly PageHeaderRule _records;
    private readonly List<TokenList> _held = [];

    /// <summary>The blank lines above the next window's first line (<see cref="TokenList.LeadingGap"/>).</summary>
    private byte _leadingGap = TokenList.StartOfInput;
    private bool _pageReported;

    public Pipeline(ListingParserOptions options, IListingSink sink)
    {
        _settings = LexerSettings.For(options);
        _records = new PageHeaderRule(new DocumentBuilder(sink));
    }

    public LexerSettings Settings => _settings;

    /// <summary>
    /// Lexes the first <paramref name="length"/> characters of <paramref name="text"/>, decides and builds
    /// what is decidable, and returns the tokens with the index of the first token not yet decided
    /// (the caller gives those lines again with more input behind them); when <paramref name="endIsFinal"/>, all are decided.
    /// </summary>
    public (TokenList Tokens, int KeepFrom, int NextLine) Run(SourceText text, int length, int baseOffset, int firstLine, bool skipBom, bool endIsFinal)
    {
        var tokens = LineLexer.Tokenize(text, length, baseOffset, firstLine, _settings, skipBom);
        tokens.LeadingGap = _leadingGap;
        var decided = _layout.Assign(tokens, endIsFinal);
        ReportPage();
        ListingGrammar.ParseBlocks(tokens, decided, _records);

        // Where the undecided lines start, read before the token array may go back to the pool.
        var keepFrom = decided < tokens.Count ? tokens[decided].LineStart : length;
        var nextLine = decided < tokens.Count ? tokens[decided].LineNumber : tokens.EndLine;
        // The next window starts at the first undecided line; the blank lines above it stay behind, so it is told their number.
        _leadingGap = Layout.LineSignature.WindowGap(tokens, decided);
        _held.Add(tokens);
        ReleaseUnheld();
        return (tokens, keepFrom, nextLine);
    }

    /// <summary>Ends the input: settles held records and waiting diagnostics, and reports a limit error.</summary>
    public void Complete(SourceSpan end, ListingDiagnostic? stop)
    {
        _records.Complete(end, stop);
        ReleaseUnheld();
    }

    /// <summary>
    /// Says once, before anything else (at the input's start: diagnostics come in the order of their spans), what the
    /// layout stage found of the page as a whole: that it is no listing (AP007), that it looks hard-wrapped (AP008, the
    /// message naming the first line that runs on). Both are known after the first window's inference.
    /// </summary>
    private void ReportPage()
    {
        if (_pageReported)
        {
            return;
        }

        _pageReported = true;
        if (_layout.NoListing is { } noListing)
        {
            Report(DiagnosticCodes.NotAListing, DiagnosticSeverity.Info, noListing.Message);
        }

        if (_layout.Wrapped is { } line)
        {
            Report(DiagnosticCodes.HardWrappedText, DiagnosticSeverity.Warning, FormattableString.Invariant($"Expected each paragraph on one line, found lines that run on into the line under them (line {line} first: a long line without a closing stop, then one that opens in lower case); the text looks hard-wrapped, so a teaser's second line may read as a headline: join the wrapped lines before parsing."));
        }

        void Report(string code, DiagnosticSeverity severity, string message) =>
            _records.Report(new ListingDiagnostic { Code = code, Severity = severity, Message = message, Span = new SourceSpan(0, 0, 1, 1) });
    }

    /// <summary>Gets the templates the layout stage inferred and what they covered.</summary>
    public IReadOnlyList<ListingLayout> Layouts =>
        _layout is { Template: { } template, Report: { } report } ? [report.ToLayout(template)] : [];

    private void ReleaseUnheld()
    {
        if (_records.IsHolding)
        {
            return;
        }

        foreach (var tokens in _held)
        {
            tokens.Release();
        }

        _held.Clear();
    }
}
