using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// Names the classes a non-blank line falls in for template inference: the token's kind, refined by shape.
/// </summary>
internal enum LineClass : byte
{
    Title,
    Prose,
    Meta,
    Kicker,
    ReadMore,
    Credit,
    Chrome,
    Separator,

    /// <summary>A text line of either shape: the key of one-line records that a repeated mark parts (<see cref="HeadlineSplit"/>), whose lines run short or long.</summary>
    Line,
}

/// <summary>The yes/no parts of a <see cref="LineSignature"/>, in one byte.</summary>
[Flags]
internal enum SignatureFlags : byte
{
    None = 0,
    Bullet = 1,
    Closes = 2,
    NameLine = 4,
    SkipsNames = 8,
    Numbered = 16,
}

/// <summary>What a metadata line holds, for the key that starts records: a blog's date line and its "Posted by" line are both metadata, but only one of them starts each post.</summary>
/// <remarks>A line with a date holds a <see cref="Date"/> whether or not a byline comes with it; <see cref="Byline"/> is a byline without a date.</remarks>
internal enum MetaHolds : byte
{
    /// <summary>Not a metadata line, or a key that starts records at any metadata line.</summary>
    Any,
    Other,
    Date,
    Byline,
}

/// <summary>
/// Describes a non-blank line the way a record template sees it: its class and the gap above it
/// (0: directly under the previous line; 1: after one blank line; 2: after more; <see cref="AnyGap"/> for the
/// input's first line, which matches any gap). A key that <see cref="Closes"/> records ends each record instead of
/// starting it (see <see cref="RecordCutter.EndsRecords"/>); no line's own signature does. What a metadata line
/// <paramref name="Holds"/> tells keys apart (a key of <see cref="MetaHolds.Any"/> takes every metadata line), not the
/// lines of a record's shape. A title line that reads as a person's name under a paragraph of prose, with a blank line
/// under it (a byline under a teaser, a signature under a post; not a caption over its headline), is a <see cref="NameLine"/>; a key that <see cref="SkipsNames"/> starts no
/// record at one. A bullet that is a list number (<c>1.</c>) is <see cref="Numbered"/>: a list of numbered
/// items and a list of dashed items under them are two lists, as a document's sections and their points are. The yes/no
/// parts share one byte (<see cref="SignatureFlags"/>): a signature takes four bytes, and the layout stage keeps one per line.
/// </summary>
internal readonly record struct LineSignature(LineClass Class, byte Gap, SignatureFlags Flags, MetaHolds Holds)
{
    public const byte AnyGap = 255;

    public LineSignature(LineClass @class, byte gap, bool bullet = false, bool closes = false, MetaHolds holds = MetaHolds.Any,
        bool nameLine = false, bool skipsNames = false, bool numbered = false)
        : this(@class, gap, (bullet ? SignatureFlags.Bullet : 0) | (closes ? SignatureFlags.Closes : 0) | (nameLine ? SignatureFlags.NameLine : 0)
            | (skipsNames ? SignatureFlags.SkipsNames : 0) | (numbered ? SignatureFlags.Numbered : 0), holds)
    {
    }

    public bool Bullet { get => Has(SignatureFlags.Bullet); init => Flags = With(SignatureFlags.Bullet, value); }

    public bool Closes { get => Has(SignatureFlags.Closes); init => Flags = With(SignatureFlags.Closes, value); }

    public bool NameLine { get => Has(SignatureFlags.NameLine); init => Flags = With(SignatureFlags.NameLine, value); }

    public bool SkipsNames { get => Has(SignatureFlags.SkipsNames); init => Flags = With(SignatureFlags.SkipsNames, value); }

    public bool Numbered { get => Has(SignatureFlags.Numbered); init => Flags = With(SignatureFlags.Numbered, value); }

    private bool Has(SignatureFlags flag) => (Flags & flag) != 0;

    private SignatureFlags With(SignatureFlags flag, bool value) => value ? Flags | flag : Flags & ~flag;

    public static LineSignature Of(TokenList tokens, int index)
    {
        ref var token = ref tokens[index];
        // The first line of a streaming window that starts mid-input has the gap the window before it saw.
        var gap = index == 0 || (index == 1 && tokens[0].Kind == LineKind.Blank) ? WindowGap(tokens, index) : GapAbove(tokens, index);
        var glued = token.Kind == LineKind.Text && token.FieldStart > token.OuterStart && !token.Has(LineFlags.Bullet);
        var @class = (glued && NamesTitleAbove(tokens, index)) || (token.Kind == LineKind.Text && !glued && LinksTitleAbove(tokens, index))
            ? LineClass.ReadMore : ClassOf(token);
        return new LineSignature(@class, gap, token.Has(LineFlags.Bullet) && token.Kind == LineKind.Text, holds: @class == LineClass.Meta ? HoldsOf(tokens.MetaOf(token)) : MetaHolds.Any,
            nameLine: @class == LineClass.Title && token.Has(LineFlags.Name) && UnderProse(tokens, index) && (index + 1 == tokens.Count || tokens[index + 1].Kind == LineKind.Blank),
            numbered: token.Has(LineFlags.Bullet) && char.IsDigit(tokens.Source[token.OuterStart]));
    }

    /// <summary>Returns the gap above a line that has a token above it: 0, 1, or 2 for two blank lines or more.</summary>
    private static byte GapAbove(TokenList tokens, int index) =>
        tokens[index - 1].Kind != LineKind.Blank ? (byte)0 : tokens[index - 1].BlankLines == 1 ? (byte)1 : (byte)2;

    /// <summary>
    /// Returns the gap above the line at <paramref name="index"/> (the token list's end for the line after it), counting the
    /// blank lines above the token list's first line (<see cref="TokenList.LeadingGap"/>): <see cref="AnyGap"/> where only
    /// blank lines stand between it and the start of the input.
    /// </summary>
    public static byte WindowGap(TokenList tokens, int index)
    {
        if (index > 1 || (index == 1 && tokens[0].Kind != LineKind.Blank))
        {
            return GapAbove(tokens, index);
        }

        if (tokens.LeadingGap == TokenList.StartOfInput)
        {
            return AnyGap;
        }

        var blank = index == 1 ? tokens[0].BlankLines : 0;
        return (byte)Math.Min(2, tokens.LeadingGap + blank);
    }

    /// <summary>How far up a read-more link may name its article's title.</summary>
    private const int TitleReach = 8;

    /// <summary>Tells whether the text line above a line, past any blank lines, is prose.</summary>
    private static bool UnderProse(TokenList tokens, int index)
    {
        var above = index - 1;
        while (above >= 0 && tokens[above].Kind == LineKind.Blank)
        {
            above--;
        }

        return above >= 0 && tokens[above].Kind == LineKind.Text && tokens[above].IsProse;
    }

    /// <summary>
    /// Tells whether a line with a read-more link glued before its text repeats a title of the lines above: the link
    /// that names its own article ("Czytaj dalejTitle" under that title's teaser) is a read-more line. Text that
    /// repeats nothing is the next title, the previous teaser's link glued to it ("أكمل القراءة »Next headline").
    /// </summary>
    private static bool NamesTitleAbove(TokenList tokens, int index)
    {
        for (var above = index - 1; above >= 0 && above >= index - TitleReach; above--)
        {
            if (tokens[above].Kind == LineKind.Text && tokens.SameField(above, index))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words before the title in a link that names its article ("Lire la suite", "Continue reading") run to at most this many characters.</summary>
    public const int MaxLinkWords = 30;

    /// <summary>
    /// Tells whether a text line is a short phrase, a space, and then the whole text of a title line (not prose) above it: a link
    /// that names its article ("Lire la suite 2016", "Weiter zum Beitrag Title"), in any language, is a read-more line.
    /// </summary>
    private static bool LinksTitleAbove(TokenList tokens, int index)
    {
        ref var token = ref tokens[index];
        var line = tokens.Source.AsSpan(token.FieldStart, token.FieldLength);
        for (var above = index - 1; above >= 0 && above >= index - TitleReach; above--)
        {
            ref var title = ref tokens[above];
            var length = title.FieldLength;
            if (title.Kind != LineKind.Text || title.IsProse || length < 4 || line.Length <= length + 1 || line.Length - length - 1 > MaxLinkWords
                || line[line.Length - length - 1] != ' ' || line[^1] != tokens.Source[title.FieldStart + length - 1]
                || !line.EndsWith(tokens.Source.AsSpan(title.FieldStart, length), StringComparison.Ordinal))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>Tells whether a metadata line holds what a metadata key holds (a date, a byline, another fact); any other line does.</summary>
    public bool HoldsLike(LineSignature key) => key.Holds == MetaHolds.Any || Class != LineClass.Meta || Holds == key.Holds;

    /// <summary>A line with a date holds the date, whoever wrote the story ("Name | May 26, 2023" and "May 26, 2023" start the same records); a byline without one holds the byline.</summary>
    private static MetaHolds HoldsOf(in MetaPart meta) =>
        meta.DateLength > 0 ? MetaHolds.Date : meta.BylineLength > 0 ? MetaHolds.Byline : MetaHolds.Other;

    public bool IsText => Class is LineClass.Title or LineClass.Prose or LineClass.Line;

    /// <summary>
    /// Tells whether a line starts a record keyed by <paramref name="key"/>: the same class and gap, where a
    /// key gap of <see cref="AnyGap"/> stands for any run of blank lines; the input's first line matches any key.
    /// </summary>
    public bool StartsLike(LineSignature key) =>
        HoldsLike(key) // a byline line starts no record that a date line starts
        && (SameClass(key) || (Bullet && key.Bullet && IsText && key.IsText)) // a bullet marks a list item, whatever its words' case
        && Bullet == key.Bullet && Numbered == key.Numbered && (Gap == AnyGap || Gap == key.Gap || (key.Gap == AnyGap && Gap > 0)) && !(key.SkipsNames && NameLine);

    /// <summary>Tells whether two signatures are the same, the first line's gap matching any.</summary>
    public bool Matches(LineSignature other) => SameClass(other) && Bullet == other.Bullet && Numbered == other.Numbered && GapMatches(other);

    /// <summary>Tells whether two classes are alike: equal, or a text line against <see cref="LineClass.Line"/>.</summary>
    private bool SameClass(LineSignature other) =>
        Class == other.Class || (Class == LineClass.Line && other.IsText) || (other.Class == LineClass.Line && IsText);

    /// <summary>Tells whether two gaps are alike: equal, either the input's first line, or one blank line against more (a stray extra blank line is no new shape).</summary>
    private bool GapMatches(LineSignature other) => Gap == other.Gap || Gap == AnyGap || other.Gap == AnyGap || (Gap > 0 && other.Gap > 0);

    /// <summary>Tells whether the line ends a record: page chrome and separators belong to no record.</summary>
    public bool EndsRecord => Class is LineClass.Chrome or LineClass.Separator;

    /// <summary>Tells what aligning this line with a template slot costs: 0 alike, 0.5 near (shape or gap differ, not both), 1 unlike.</summary>
    public double Distance(LineSignature other)
    {
        if (Matches(other))
        {
            return 0;
        }

        var near = (IsText && other.IsText) || (Class is LineClass.Meta or LineClass.Kicker && other.Class is LineClass.Meta or LineClass.Kicker);
        if (SameClass(other) || near)
        {
            // One difference (shape, gap or bullet) is near; two are unlike.
            var differences = (SameClass(other) ? 0 : 1) + (GapMatches(other) ? 0 : 1) + (Bullet == other.Bullet && Numbered == other.Numbered ? 0 : 1);
            return differences <= 1 ? 0.5 : 1;
        }

        return 1;
    }

    public override string ToString() => $"{Gap}{Class}{(Bullet ? "•" : "")}{(Closes ? "↓" : "")}";

    private static LineClass ClassOf(in LineToken token) => token.Kind switch
    {
        LineKind.Text when token.Has(LineFlags.NoLetters) => LineClass.Kicker,
        LineKind.Text => token.IsProse ? LineClass.Prose : LineClass.Title,
        LineKind.Meta => token.Has(LineFlags.Kicker) ? LineClass.Kicker : LineClass.Meta,
        LineKind.ReadMore => LineClass.ReadMore,
        LineKind.Chrome => token.ChromeKind == ListingBlockKind.Credit ? LineClass.Credit : LineClass.Chrome,
        _ => LineClass.Separator,
    };
}
