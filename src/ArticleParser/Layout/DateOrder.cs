using ArticleParser.Lexing;
using ArticleParser.Lexing.Recognizers;

namespace ArticleParser.Layout;

/// <summary>
/// The order in which a page writes the day and month of its numeric dates, read from the dates that show it: a page
/// that prints <c>25/04/2024</c> writes <c>03/04/2024</c> for the third of April, one that prints <c>04/25/2024</c> for
/// the fourth of March. A numeric date whose numbers fit either order has no calendar day from its line alone
/// (<see cref="NumericOrder.Either"/>); the page's order gives it one.
/// </summary>
/// <remarks>
/// Measured once, on the inference sample (as <see cref="PageShape"/> is), so that <c>Parse</c> and the streaming windows
/// agree. Where the sample shows both orders, or neither, such dates keep no calendar day: their text is the date.
/// </remarks>
internal sealed class DateOrder(bool dayFirst)
{
    /// <summary>Gets a value indicating whether the page writes the day first.</summary>
    public bool DayFirst { get; } = dayFirst;

    /// <summary>Reads the order from the sample's dates; <see langword="null"/> when the sample shows both, or neither, or no date needs it.</summary>
    public static DateOrder? Measure(TokenList tokens)
    {
        int dayFirst = 0, monthFirst = 0, either = 0;
        for (var i = 0; i < tokens.Count && !TemplateInference.PastSample(tokens[i]); i++)
        {
            ref var token = ref tokens[i];
            if (token.Meta == 0)
            {
                continue;
            }

            var meta = tokens.MetaOf(token);
            dayFirst += meta.Date is { Order: NumericOrder.DayFirst } ? 1 : 0;
            monthFirst += meta.Date is { Order: NumericOrder.MonthFirst } ? 1 : 0;
            either += meta.EitherOrder is not null ? 1 : 0;
        }

        return either > 0 && (dayFirst > 0) != (monthFirst > 0) ? new DateOrder(dayFirst > 0) : null;
    }

    /// <summary>Gives each date of either order in the window its calendar day in the page's order.</summary>
    public void Apply(TokenList tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var token = ref tokens[i];
            if (token.Meta > 0 && tokens.MetaOf(token) is { EitherOrder: { } read, Date: null } meta)
            {
                token.Meta = tokens.AddMeta(meta with { Date = DayFirst ? read with { Order = NumericOrder.DayFirst } : read.Swapped, EitherOrder = null });
            }
        }
    }
}
