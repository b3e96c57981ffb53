using System.Text;
using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// Holds the record template of a page: how its records start, the lines of a typical record, and what each line is.
/// </summary>
/// <remarks>
/// A record starts at every <see cref="Period"/>-th line with the <see cref="Key"/> signature (counting from
/// <see cref="Phase"/>); page chrome and separators end it. <see cref="Slots"/> are the signatures of the
/// record the page repeats most, and <see cref="Roles"/> what each of them is: caption, headline, teaser,
/// or a member that is no field (byline, date, kicker, read-more, credit).
/// </remarks>
internal sealed class RecordTemplate
{
    public RecordTemplate(LineSignature key, int period, int phase, LineSignature[] slots, LineRole[] roles, bool captionAbove, bool holdsPosts = false, HeadlineAffixes? affixes = null, bool metaAbove = false, bool sparse = false)
    {
        MetaAbove = metaAbove;
        Affixes = affixes;
        HoldsPosts = holdsPosts;
        Key = key;
        Period = period;
        Phase = phase;
        Slots = slots;
        Roles = roles;
        CaptionAbove = captionAbove;
        Headline = Array.IndexOf(roles, LineRole.Headline);
        Teaser = Array.IndexOf(roles, LineRole.Teaser);
        Optional = OptionalSlots(roles, metaAbove, sparse);
        Compact = Array.FindIndex(slots, 1, slot => slot.Gap > 0) < 0;
    }

    /// <summary>
    /// Gets a value indicating whether a date or byline paragraph of its own above a record's first line is the record's
    /// optional first slot (see <see cref="RecordCutter.Starts"/>): a blog prints its day's date over the day's first post only.
    /// </summary>
    public bool MetaAbove { get; }

    /// <summary>
    /// Gets the slots a record may lack at no cost (see <see cref="Alignment.Align"/>): the caption's, and the teaser's
    /// in a sparse template, whose records each lack a line or two of it, no shape repeating on its own
    /// (<c>caption? headline teaser? byline</c>).
    /// </summary>
    public uint Optional { get; }

    /// <summary>
    /// Returns the mask of the optional slots among <paramref name="roles"/>: a caption (above the headline, or under the
    /// teaser for the next entry), which the format makes optional, with <paramref name="metaAbove"/> the first slot,
    /// and with <paramref name="sparse"/> the teaser.
    /// </summary>
    public static uint OptionalSlots(ReadOnlySpan<LineRole> roles, bool metaAbove, bool sparse = false)
    {
        var mask = metaAbove ? 1u : 0u;
        for (var i = 0; i < roles.Length && i < 32; i++)
        {
            mask |= roles[i] is LineRole.Caption or LineRole.NextCaption || (sparse && roles[i] == LineRole.Teaser) ? 1u << i : 0;
        }

        return mask;
    }

    public LineSignature Key { get; }

    /// <summary>Gets a value indicating whether the page's records hold no blank line under their first line.</summary>
    public bool Compact { get; }

    /// <summary>
    /// Gets the text of a label line that every record repeats under its first line with the key's signature ("Share
    /// this page" between each headline and its teaser), or <see langword="null"/>. Such a line is no key: records are
    /// cut at each other key line, so a headline that reads like prose shifts no later record onto the label.
    /// </summary>
    public string? KeyLabel { get; init; }

    /// <summary>Gets a value indicating whether the <see cref="KeyLabel"/> line is the record's second: the text line above it starts the record.</summary>
    public bool KeyLabelSecond { get; init; }

    public int Period { get; }

    public int Phase { get; }

    public LineSignature[] Slots { get; }

    public LineRole[] Roles { get; }

    /// <summary>Gets a value indicating whether some records add a caption line directly above the headline.</summary>
    public bool CaptionAbove { get; }

    /// <summary>
    /// Gets a value indicating whether the page prints each caption directly under its headline: of a paragraph of
    /// two title lines, the upper is then the headline and the lower the image's alt text (the seeds' order turned).
    /// </summary>
    public bool CaptionBelow { get; init; }

    /// <summary>
    /// Gets a value indicating whether some records print their caption as a paragraph of its own between the headline
    /// and the teaser (<c>Headline / blank / alt text / blank / teaser</c>); cut at its title lines, such a record falls in two.
    /// </summary>
    public bool CaptionParagraphs { get; init; }

    /// <summary>
    /// Gets a value indicating whether a separator line is one of the records' own lines, not a line between them: a
    /// lone <c>·</c> or <c>|</c> between a headline and its teaser, where the page's markup parted two fields it left
    /// empty (see <see cref="RecordCutter"/>).
    /// </summary>
    public bool SeparatorsInside { get; init; }

    /// <summary>
    /// Tells whether a lone title line is a headline whose caption starts the record cut under it (see <see
    /// cref="CaptionParagraphs"/>): a line of alt text after a blank line, then prose, and the alt text a fifth shorter than
    /// the title at least (two titles about as long are two headlines, the first without its teaser) or, whatever its
    /// length, a phrase in lower case under a capitalized title (<c>Riapre la sala delle armature /
    /// la sala delle armature dopo il restauro delle vetrine</c>): a file's description, not a title. A title may open
    /// with a brand's small letter (<c>iPhone 16 review: …</c>, <c>eBay adds …</c>), and a description has no colon,
    /// question or exclamation mark and no closing period.
    /// </summary>
    public static bool CaptionParagraphUnder(TokenList tokens, int lone, int next, LineSignature nextSignature, LineSignature afterNext) =>
        nextSignature.Gap > 0 && nextSignature.Class == LineClass.Title && afterNext.Class == LineClass.Prose
        && ((tokens[next].Has(LineFlags.AltText) && tokens[next].FieldLength * 5 < tokens[lone].FieldLength * 4)
            || (LowerCasePhrase(tokens.FieldSpan(next)) && !char.IsLower(tokens.FieldSpan(lone) is { Length: > 0 } title ? title[0] : ' ')));

    /// <summary>Tells whether a line is a phrase in lower case: its first word has no capital, and it ends as alt text does.</summary>
    private static bool LowerCasePhrase(ReadOnlySpan<char> field)
    {
        var space = field.IndexOf(' ');
        var first = space < 0 ? field : field[..space];
        return first.Length > 0 && char.IsLower(first[0]) && !HasUpper(first)
            && field.IndexOfAny(":?!") < 0 && field[^1] is not ('.' or '…');

        static bool HasUpper(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (char.IsUpper(c))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Gets the slots whose text recurs from record to record (a section name, an issue's number), with the forms it takes.</summary>
    public SlotLabel[] Labels { get; init; } = [];

    public int Headline { get; }

    /// <summary>Gets what the page glues to every headline and is no part of it (a badge, a source in parentheses), or <see langword="null"/>.</summary>
    public HeadlineAffixes? Affixes { get; }

    /// <summary>Gets a value indicating whether the records are whole posts: after the teaser (the first paragraph) comes the post's body (<see cref="PostBody"/>).</summary>
    public bool HoldsPosts { get; }

    public int Teaser { get; }

    /// <summary>
    /// Gets a value indicating whether a date or byline line that is the last of a whole post may close it (<c>Posted by
    /// Name at 10:42 AM</c>): so on a page whose last post has one somewhere under its first paragraph. Elsewhere such a
    /// line opens the post under it (<see cref="PostBody"/>).
    /// </summary>
    public bool MetaClosesPosts { get; init; }

    /// <summary>Gets a value indicating whether the page signs its whole posts with the writer's name alone under each, which closes the post and is its byline.</summary>
    public bool Signed { get; init; }

    /// <summary>Gets the read-more link the page glues to the end of every teaser (<see cref="Layout.TeaserLink"/>), or <see langword="null"/>.</summary>
    public TeaserLink? TeaserLink { get; init; }

    /// <summary>Gets the word and name the page glues to the start of every teaser (<see cref="Layout.TeaserByline"/>), or <see langword="null"/>.</summary>
    public TeaserByline? TeaserByline { get; init; }

    /// <summary>Gets the rubrics the page prints before some teasers (<see cref="Layout.TeaserLabel"/>), or <see langword="null"/>.</summary>
    public TeaserLabel? TeaserLabel { get; init; }

    /// <summary>Gets the mark that parts a one-line record into its headline and teaser (<see cref="HeadlineSplit"/>), or <see langword="null"/>.</summary>
    public HeadlineSplit? Split { get; init; }

    /// <summary>Writes the template in readable form, such as <c>caption? headline / date / teaser</c> (<c>headline caption? / teaser</c> where captions stand under their headlines).</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        var swap = CaptionBelow && Headline > 0 && Roles[Headline - 1] == LineRole.Caption;
        for (var i = 0; i < Slots.Length; i++)
        {
            if (i > 0)
            {
                text.Append(Slots[i].Gap > 0 ? " / " : " ");
            }

            // Where captions stand under their headlines, the caption slot's line is written after the headline's.
            var slot = swap && i == Headline - 1 ? Headline : swap && i == Headline ? Headline - 1 : i;
            var looseCaption = slot == Headline && CaptionAbove && !swap && (slot == 0 || Roles[slot - 1] != LineRole.Caption);
            if (looseCaption && !CaptionBelow)
            {
                text.Append("caption? ");
            }

            text.Append(Name(slot)).Append(MetaAbove && slot == 0 ? "?" : "");
            if (looseCaption && CaptionBelow)
            {
                text.Append(" caption?");
            }

            if (slot == Headline && Affixes is not null)
            {
                text.Append(' ').Append(Affixes.Describe());
            }
            else if (slot == Headline && Split is not null)
            {
                text.Append(' ').Append(Split.Describe());
            }
            else if (slot == Teaser && (TeaserLink is not null || TeaserByline is not null || TeaserLabel is not null))
            {
                text.Append(TeaserLabel is null ? "" : " " + TeaserLabel.Describe()).Append(TeaserByline is null ? "" : " " + TeaserByline.Describe()).Append(TeaserLink is null ? "" : $" (then \"{TeaserLink.Text}\")");
            }
        }

        return HoldsPosts ? text.Append(" / body…").ToString() : text.ToString();
    }

    /// <summary>
    /// Tells whether the line a key line cuts off under a whole post closes that post: it is one line, no paragraph, and
    /// reads as no title, a line of hashtags or a sentence (<c>#bookdrive #readinggarden</c>, <c>Remember: reading is
    /// healthy.</c>), or, on a page that signs its posts (<paramref name="signed"/>), a person's name alone
    /// (<c>Giulia Ferrara</c>). A title there is the next post's, even one without text (a headline alone, a photo post), and a
    /// page's footer (<c>Share this post</c>, <c>Powered by Ghost</c>) stays outside. <paramref name="nextToken"/> is
    /// the first line of the record under them, or -1: a line that record repeats is its picture's alt text.
    /// </summary>
    public static bool ClosesPost(TokenList tokens, ReadOnlySpan<LineSignature> lines, int firstToken, int nextToken, bool signed)
    {
        return lines.Length == 1 && lines[0].Class != LineClass.Prose && (ReadsAsNoTitle(tokens, firstToken) || SignsPost(tokens, firstToken, signed))
            && (nextToken < 0 || !tokens.SameField(firstToken, nextToken));
    }

    /// <summary>Tells whether a line is a post's signature: a person's name alone, on a page that signs its posts.</summary>
    public static bool SignsPost(TokenList tokens, int token, bool signed) => signed && tokens[token].Has(LineFlags.Name);

    private static bool ReadsAsNoTitle(TokenList tokens, int token)
    {
        var field = tokens.Source.AsSpan(tokens[token].FieldStart, tokens[token].FieldLength);
        return field.Length > 0 && (field[0] == '#' || field[^1] is '.' or '!' or '…');
    }

    /// <summary>
    /// Finds the body of a record that holds a whole post: the text lines under its first prose paragraph that
    /// follows a title line, when they run to the record's end and hold a paragraph, or close with the post's own lines
    /// (<see cref="ClosesBody"/>; a date or byline line last in the record only where <paramref name="metaCloses"/>).
    /// Returns where the body starts (the lines before it are the record's shape), or the record's length when it has no body.
    /// </summary>
    public static int PostBody(ReadOnlySpan<LineSignature> record, bool metaCloses)
    {
        var title = false;
        for (var i = 0; i < record.Length; i++)
        {
            if (record[i].Class == LineClass.Prose && title)
            {
                // A body holds a paragraph at least, and may close with the post's own links and lines of chrome.
                var (paragraphs, tail) = (0, false);
                for (var j = i + 1; j < record.Length; j++)
                {
                    // A photo credit, and a short line ending in a colon that leads into a quote ("This landed in my inbox
                    // last week:"), are a body's lines like its paragraphs.
                    var text = record[j].IsText || record[j].Class is LineClass.Credit or LineClass.Kicker;
                    // A date or byline line last in the record closes the post only where the page's posts close so, and
                    // then as the first of the closing lines or glued to the one above: after a blank line under them
                    // it is the next post's (a day's date over the posts of that day).
                    var meta = j < record.Length - 1 || (metaCloses && (!tail || record[j].Gap == 0));
                    if (text ? tail : !ClosesBody(record[j], meta))
                    {
                        return record.Length;
                    }

                    tail |= !text;
                    paragraphs += record[j].Class == LineClass.Prose ? 1 : 0;
                }

                return paragraphs > 0 || tail ? i + 1 : record.Length;
            }

            title |= record[i].Class == LineClass.Title;
        }

        return record.Length;
    }

    /// <summary>
    /// Tells whether a line may close a post's body: its read-more link, a line of chrome under it (<c>Comments off on
    /// …</c>, <c>Leave a comment</c>), or, where <paramref name="meta"/> allows, its date or author line. Nothing of the
    /// post's text follows them.
    /// </summary>
    private static bool ClosesBody(LineSignature line, bool meta) => line.Class is LineClass.ReadMore or LineClass.Chrome || (meta && line.Class == LineClass.Meta);

    public override string ToString() => Describe();

    private string Name(int slot) => Roles[slot] switch
    {
        LineRole.Caption => "caption?", // a caption slot is always optional (see OptionalSlots)
        LineRole.Headline => "headline",
        LineRole.Teaser => (Optional >> slot & 1) != 0 ? "teaser?" : "teaser",
        LineRole.Date => "dated text",
        LineRole.Byline => "byline",
        LineRole.NextCaption => "next caption?",
        _ => Slots[slot].Class switch
        {
            LineClass.Meta => "byline/date",
            LineClass.Kicker => "kicker",
            LineClass.ReadMore => "read-more",
            LineClass.Credit => "credit",
            LineClass.Separator => "separator",
            _ => "text",
        },
    };
}
