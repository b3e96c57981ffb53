using System.Globalization;
using ArticleParser.Lexing;

namespace ArticleParser.Layout;

/// <summary>
/// Tells a page that is no listing: an FAQ, template or not, and, once no record template repeats on it (a listing
/// repeats one, 5 to 50 times), a page of prose, an interview, or a long page not in the seeds' format:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A page of prose (<see cref="ReadsAsProse"/>): an article, an about page, an appeal. A listing without a template
/// still pairs each teaser with the title above it; paragraphs that outnumber such pairs two to one, three paragraphs or
/// more, pair with nothing (a paragraph runs 80 letters wide, 40 kanji). Short titles (under 20 letters wide, no bullet) count only when there are five or more of them,
/// or one above every paragraph: a few short section headings over some of the paragraphs are an about page's.</item>
/// <item>A page long enough to show a template (<see cref="MinLinesToJudge"/> text lines) that shows none and does not speak
/// the seeds' format either: fewer than <see cref="MinPairs"/> pairs of a title and a paragraph after a blank line (a forum
/// thread, a post with a list in it, an article under its chrome). On the corpus pages without a template the local
/// rules had found 30 of 195 entries right; a listing in the seeds' format without a clean template keeps them.</item>
/// <item>An interview (<see cref="Dialogue"/>): <see cref="MinTurns"/> text lines or more, half of them at least, open with a
/// dash of dialogue (<c>— Question?</c>, <c>— Answer.</c>). No listing opens its titles so; the template inference reads no
/// record from such lines either (<see cref="OpensTurn"/>).</item>
/// <item>A letter (<see cref="Letter"/>): an appeal or a notice that closes with a formula ("Yours sincerely,", "Z wyrazami
/// szacunku,") among its last text lines, under fewer paragraphs than a listing's pairs; its salutation and its closing
/// would read as headlines.</item>
/// <item>Questions and answers (<see cref="Faq"/>): <see cref="MinQuestions"/> lines or more that end in a question mark
/// with an answer under them, and four in five of the lines that stand above a text line (a listing's headlines) such
/// questions, with dates, bylines, read-more links and cut teasers on fewer than half as many lines (a Q&amp;A site's
/// listing of questions has them). An FAQ repeats a template as a listing does; no listing asks its readers every headline. Judged before the
/// template.</item>
/// </list>
/// A shorter input cannot show a template at all: the local rules read it line by line.
/// </remarks>
/// <param name="Paragraphs">The prose paragraphs (a page of prose), or 0.</param>
/// <param name="Titles">The paragraphs with a title above them: for a page of prose, over any gap; for an FAQ, the lines that head a text; otherwise the title / blank line / paragraph pairs.</param>
/// <param name="Lines">The text lines measured (a page without a template), or 0.</param>
/// <param name="ReadsAsProse">Whether the page is no listing because it reads as prose.</param>
/// <param name="Turns">The lines that open with a dash of dialogue (an interview), or 0.</param>
/// <param name="Questions">The questions with an answer under them (an FAQ), or 0.</param>
/// <param name="Closing">The closing formula of a letter (an appeal, a notice), or <see langword="null"/>.</param>
internal sealed record NoListing(int Paragraphs, int Titles, int Lines, bool ReadsAsProse, int Turns = 0, int Questions = 0, string? Closing = null)
{
    /// <summary>Answered questions that make a page an FAQ, when four in five of its headline-like lines are such questions.</summary>
    public const int MinQuestions = 5;

    /// <summary>Lines opened by a dash of dialogue that make a page an interview.</summary>
    public const int MinTurns = 4;

    /// <summary>Text lines (kickers included) a page needs before the lack of a template says it is no listing.</summary>
    public const int MinLinesToJudge = 12;

    /// <summary>Title / blank line / paragraph pairs that make a page without a template a listing in the seeds' format.</summary>
    public const int MinPairs = 5;

    private const int MinParagraphs = 2;

    /// <summary>A paragraph is a prose line at least this wide, a kana or kanji counting as two letters (<see cref="TextRules.Width"/>).</summary>
    private const int MinParagraphLength = 80;

    /// <summary>A teaser in a title / blank line / paragraph pair is a prose line at least this long.</summary>
    private const int MinTeaserLength = 60;

    private const int MinTitleLength = 20;

    /// <summary>Gets the AP007 message.</summary>
    public string Message => Closing is not null
        ? string.Format(CultureInfo.InvariantCulture, "Expected a listing that repeats one record template, found a letter that closes with \"{0}\" under its text; the text reads as an appeal or a notice, so no entries were formed: every line is kept as non-entry text.", Closing)
        : Questions > 0
        ? string.Format(CultureInfo.InvariantCulture, "Expected a listing that repeats one record template, found {0} questions with an answer under each among {1} lines that head a text; the text reads as questions and answers (an FAQ), so no entries were formed: every line is kept as non-entry text.", Questions, Titles)
        : Turns > 0
        ? string.Format(CultureInfo.InvariantCulture, "Expected a listing that repeats one record template, found {0} of {1} text lines opened by a dash of dialogue; the text reads as an interview, so no entries were formed: every line is kept as non-entry text.", Turns, Lines)
        : ReadsAsProse
        ? string.Format(CultureInfo.InvariantCulture, "Expected a listing that repeats one record template, found {0} prose paragraphs, {1} of them with a title above; the text reads as an article, so no entries were formed: every line is kept as non-entry text.", Paragraphs, Titles)
        : string.Format(CultureInfo.InvariantCulture, "Expected a listing that repeats one record template, found none in {0} text lines and {1} of the {2} title / blank line / paragraph pairs a listing without one needs; the text reads as no listing, so no entries were formed: every line is kept as non-entry text.", Lines, Titles, MinPairs);

    /// <summary>Measures the inference sample of a page on which no template repeats; <see langword="null"/> when it may be a listing.</summary>
    public static NoListing? Measure(TokenList tokens) => Dialogue(tokens) ?? Letter(tokens) ?? Prose(tokens) ?? Unrepeated(tokens);

    /// <summary>Title / blank line / paragraph pairs a letter holds at most: its salutation over its text; two are a newsletter's stories.</summary>
    private const int MaxLetterPairs = 1;

    /// <summary>Text lines at the end of a page among which a letter's closing formula stands (the signature may follow it).</summary>
    private const int ClosingNearEnd = 3;

    /// <summary>
    /// Measures the inference sample for a letter: a closing formula (<see cref="LineMarks.LetterClosing"/>) among the last
    /// text lines, under a paragraph, with one title / blank line / paragraph pair at most (the salutation over the text).
    /// An appeal or a notice reads so; <see langword="null"/> when it may be a listing.
    /// </summary>
    private static NoListing? Letter(TokenList tokens)
    {
        int closing = -1, textAfter = 0, paragraphs = 0, pairs = 0;
        for (var i = 0; i < tokens.Count && !TemplateInference.PastSample(tokens[i]); i++)
        {
            ref var token = ref tokens[i];
            if (token.Kind != LineKind.Text)
            {
                continue;
            }

            pairs += IsTitle(token) && NextText(tokens, i) is { } below && below > i + 1 && tokens[below].IsProse ? 1 : 0;

            textAfter++;
            if ((token.Marks & LineMarks.LetterClosing) != 0 && paragraphs > 0)
            {
                (closing, textAfter) = (i, 0);
            }

            paragraphs += token.IsProse && Width(tokens, token) >= MinParagraphLength ? 1 : 0;
        }

        return closing >= 0 && textAfter < ClosingNearEnd && paragraphs < MinPairs && pairs <= MaxLetterPairs
            && (tokens.Count == 0 || !TemplateInference.PastSample(tokens[tokens.Count - 1]))
            ? new NoListing(paragraphs, 0, 0, ReadsAsProse: true, Closing: tokens.Text(tokens[closing].FieldStart, tokens[closing].FieldLength))
            : null;
    }

    /// <summary>
    /// Measures the inference sample for questions and answers: a page of them is no listing whether or not a template
    /// repeats on it; <see langword="null"/> when it may be a listing.
    /// </summary>
    public static NoListing? Faq(TokenList tokens)
    {
        int heads = 0, questions = 0, marks = 0;
        for (var i = 0; i < tokens.Count && !TemplateInference.PastSample(tokens[i]); i++)
        {
            ref var token = ref tokens[i];
            // What a listing of questions has and an FAQ has not: a date or byline, a read-more link, a teaser cut short.
            marks += token.Kind is LineKind.Meta or LineKind.ReadMore || token.Glued != GluedKind.None
                || (token.Kind == LineKind.Text && TextRules.EndsWithTruncationMarker(tokens.Source.AsSpan(token.FieldStart, token.FieldLength))) ? 1 : 0;
            if (token.Kind != LineKind.Text || NextText(tokens, i) is not { } below)
            {
                continue;
            }

            // A line heads the text under it when it reads as a title, or asks a question (which may read as prose).
            var question = IsQuestion(tokens, token);
            heads += question || IsTitle(token) ? 1 : 0;
            questions += question && !IsQuestion(tokens, tokens[below]) ? 1 : 0;
        }

        return questions >= MinQuestions && questions * 5 >= heads * 4 && marks * 2 < questions ? new NoListing(0, heads, 0, ReadsAsProse: false, Questions: questions) : null;
    }

    /// <summary>Finds the next line after any blank lines, when it is a text line.</summary>
    private static int? NextText(TokenList tokens, int index)
    {
        var next = index + 1 < tokens.Count && tokens[index + 1].Kind == LineKind.Blank ? index + 2 : index + 1;
        return next < tokens.Count && tokens[next].Kind == LineKind.Text ? next : null;
    }

    private static bool IsQuestion(TokenList tokens, in LineToken token) =>
        token.FieldLength > 0 && tokens.Source[token.FieldStart + token.FieldLength - 1] is '?' or '？' or '؟';

    /// <summary>Tells whether a line opens with a dash of dialogue (<c>— …</c>, <c>– …</c>): a turn of an interview.</summary>
    public static bool OpensTurn(TokenList tokens, in LineToken token)
    {
        var bullet = tokens.Source.AsSpan(token.OuterStart, token.FieldStart - token.OuterStart).TrimStart();
        return token.Has(LineFlags.Bullet) && bullet.Length > 0 && bullet[0] is '—' or '–';
    }

    private static NoListing? Dialogue(TokenList tokens)
    {
        int lines = 0, turns = 0;
        for (var i = 0; i < tokens.Count && !TemplateInference.PastSample(tokens[i]); i++)
        {
            ref var token = ref tokens[i];
            lines += token.Kind == LineKind.Text ? 1 : 0;
            turns += token.Kind == LineKind.Text && OpensTurn(tokens, token) ? 1 : 0;
        }

        return turns >= MinTurns && turns * 2 >= lines ? new NoListing(0, 0, lines, ReadsAsProse: false, turns) : null;
    }

    private static NoListing? Prose(TokenList tokens)
    {
        int paragraphs = 0, titles = 0, shortTitles = 0;
        var previousIsTitle = false;
        var previousIsShortTitle = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var token = ref tokens[i];
            if (TemplateInference.PastSample(token))
            {
                break;
            }

            // Blank lines, bylines, dates and links stand between a title and its teaser without parting them.
            if (token.Kind is LineKind.Blank or LineKind.Meta or LineKind.ReadMore)
            {
                continue;
            }

            var paragraph = token.Kind == LineKind.Text && token.IsProse && Width(tokens, token) >= MinParagraphLength;
            paragraphs += paragraph ? 1 : 0;
            titles += paragraph && previousIsTitle ? 1 : 0;
            shortTitles += paragraph && previousIsShortTitle ? 1 : 0;
            // A title that pairs: a list item or a headline-sized line; short lines pair only when there are as many
            // as a template of short headlines needs (a few short section headings are an about page's).
            var title = IsTitle(token);
            previousIsTitle = title && (token.Has(LineFlags.Bullet) || Width(tokens, token) >= MinTitleLength);
            previousIsShortTitle = title && !previousIsTitle;
        }

        // Short titles pair when there are many, or when every paragraph has one above it (a short listing).
        titles += shortTitles >= TemplateInference.MinShortHeadlineRecords || titles + shortTitles == paragraphs ? shortTitles : 0;
        return paragraphs >= MinParagraphs && paragraphs >= 2 * titles ? new NoListing(paragraphs, titles, 0, ReadsAsProse: true) : null;
    }

    /// <summary>Counts the text lines and the seeds' title / blank line / paragraph pairs (metadata may sit under the title).</summary>
    private static NoListing? Unrepeated(TokenList tokens)
    {
        int lines = 0, pairs = 0;
        var title = false; // the last line was a title, or metadata under one
        var blank = false; // …and a blank line followed it
        for (var i = 0; i < tokens.Count && !TemplateInference.PastSample(tokens[i]); i++)
        {
            ref var token = ref tokens[i];
            // Text lines, and the short lines ending in ':' that read as kickers ("anna_k wrote:" above each reply).
            lines += token.Kind == LineKind.Text || token.Has(LineFlags.Kicker) ? 1 : 0;
            if (token.Kind == LineKind.Blank)
            {
                blank = title;
                continue;
            }

            if (token.Kind == LineKind.Meta && title && !blank)
            {
                continue;
            }

            pairs += blank && token.Kind == LineKind.Text && token.IsProse && token.FieldLength >= MinTeaserLength ? 1 : 0;
            title = IsTitle(token);
            blank = false;
        }

        return lines >= MinLinesToJudge && pairs < MinPairs ? new NoListing(0, pairs, lines, ReadsAsProse: false) : null;
    }

    /// <summary>Measures a line's field as it is set (<see cref="TextRules.Width"/>): the lengths here are a paragraph's and a title's in letters.</summary>
    private static int Width(TokenList tokens, in LineToken token) => TextRules.Width(tokens.Source.AsSpan(token.FieldStart, token.FieldLength));

    private static bool IsTitle(in LineToken token) => token.Kind == LineKind.Text && !token.IsProse && !token.Has(LineFlags.NoLetters);
}
