namespace ArticleParser.Lexing;

/// <summary>
/// Classifies a physical line of input. The layout stage and the grammar see only these kinds, never characters.
/// </summary>
internal enum LineKind : byte
{
    /// <summary>Past the last line; never stored in a token.</summary>
    End = 0,

    /// <summary>An empty line or one holding only whitespace.</summary>
    Blank = 1,

    /// <summary>Any other line: a caption, headline, teaser or unrecognized text, decided by the layout stage.</summary>
    Text = 2,

    /// <summary>A byline and/or date line, or another per-entry fact ("Source: …", "12 min read"), or a kicker.</summary>
    Meta = 3,

    /// <summary>A read-more link on a line of its own.</summary>
    ReadMore = 4,

    /// <summary>A line of separator glyphs.</summary>
    Separator = 5,

    /// <summary>Page chrome: section header, navigation, credit, promotion, contact, issue label.</summary>
    Chrome = 6,
}

/// <summary>
/// Records whether a text line reads like prose (a teaser) or like a title (a headline or caption).
/// </summary>
internal enum LineShapeKind : byte
{
    Unknown = 0,
    Title = 1,
    Prose = 2,
}

/// <summary>
/// Names what the lexer measured off the end of a text line's field (or the layout stage off a headline's edges).
/// </summary>
internal enum GluedKind : byte
{
    None = 0,

    /// <summary>A read-more link glued to the teaser (<c>… Leer más »</c>).</summary>
    ReadMore = 1,

    /// <summary>A byline glued to the headline (<c>Titolo – di Marta Russo</c>); its name range is in the meta table.</summary>
    Byline = 2,

    /// <summary>A date in parentheses (<c>Titre (12 mars 2019)</c>); its date range is in the meta table.</summary>
    Date = 3,

    /// <summary>
    /// A badge or source the page's template glues to every headline, before or after the title (<c>原创 Title</c>,
    /// <c>Title (github.com)</c>): cut off by the layout stage (<see cref="Layout.HeadlineAffixes"/>); a name in
    /// parentheses is in the meta table as the byline, the badge (or a parenthetical that is no name) as the label.
    /// </summary>
    Affix = 4,
}

/// <summary>
/// Marks what a text line's words say of it that its shape does not: a second byte of flags, in the token's padding.
/// </summary>
[Flags]
internal enum LineMarks : byte
{
    None = 0,

    /// <summary>A short title line that names a picture rather than describing it ("Slika članka", "Article image"): a thumbnail's generic alt text.</summary>
    NamesPicture = 1,

    /// <summary>A short line that opens with a letter's closing formula ("Yours sincerely,", "Z wyrazami szacunku,"): an appeal's or a notice's end.</summary>
    LetterClosing = 2,

    /// <summary>A Markdown image (<c>![alt](url)</c>): its text is a thumbnail's alt text, however far above the headline.</summary>
    Image = 4,
}

/// <summary>
/// Holds single-bit facts about a line.
/// </summary>
[Flags]
internal enum LineFlags : byte
{
    None = 0,

    /// <summary>A credit line that also holds the image caption (<c>Caption (Foto: Name)</c>).</summary>
    CaptionWithCredit = 1,

    /// <summary>A metadata line that is a kicker or label (<c>Analyse:</c>, a lost link's <c>in</c>), not a byline or date.</summary>
    Kicker = 2,

    /// <summary>The line starts with a bullet (<c>• </c>, <c>- </c>, <c>» </c>): a list item.</summary>
    Bullet = 4,

    /// <summary>A text line without a letter ("912", "4 / 12"): a counter, never a headline or teaser.</summary>
    NoLetters = 8,

    /// <summary>A title line shaped like image alt text: short, no sentence or colon punctuation.</summary>
    AltText = 16,

    /// <summary>A title line that is a bare person's name: a byline when the page's template says so.</summary>
    Name = 32,

    /// <summary>Set by the layout stage: the line starts a record.</summary>
    RecordStart = 64,

    /// <summary>Set by the layout stage: the record this line starts has no teaser although its page's template has one.</summary>
    Deviates = 128,
}

/// <summary>
/// Names what the layout stage decided a line is; the grammar assembles records from these roles.
/// </summary>
internal enum LineRole : byte
{
    /// <summary>Not decided yet, or a blank line.</summary>
    None = 0,

    /// <summary>The thumbnail's alt text.</summary>
    Caption,

    /// <summary>The entry's headline.</summary>
    Headline,

    /// <summary>The entry's teaser.</summary>
    Teaser,

    /// <summary>A line of the entry that is no field: byline, date, kicker, read-more, credit, a second teaser line.</summary>
    Member,

    /// <summary>A line of the entry that holds only the author's name.</summary>
    Byline,

    /// <summary>A line of the entry whose date, among other words, the page's template shows to be the entry's.</summary>
    Date,

    /// <summary>
    /// The next entry's caption, printed under this entry's teaser without a blank line and parted from its own headline
    /// by one (the thumbnail's alt text bound to the text above it): it stays in this record's span.
    /// </summary>
    NextCaption,

    /// <summary>Text that starts no entry (AP002).</summary>
    Stray,

    /// <summary>A caption and/or headline that no teaser and no entry follows (AP001).</summary>
    Orphan,

    /// <summary>The page's title and description, laid out like an entry but lacking what the entries have (AP006).</summary>
    PageHeader,

    /// <summary>A recognized line (chrome, separator, metadata, read-more) that belongs to no entry.</summary>
    Recognized,
}
