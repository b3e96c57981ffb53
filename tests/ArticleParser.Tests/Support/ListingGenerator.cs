using System.Globalization;
using System.Text;
using CsCheck;

namespace ArticleParser.Tests.Support;

/// <summary>An entry the generator rendered, with the fields the parser must give back.</summary>
public sealed record GeneratedEntry(string? Caption, string Headline, string? Label, string Teaser, GeneratedMeta? Meta)
{
    public bool IsTruncated => Teaser.EndsWith('…') || Teaser.EndsWith("...", StringComparison.Ordinal)
        || Teaser.EndsWith("[…]", StringComparison.Ordinal) || Teaser.EndsWith("[...]", StringComparison.Ordinal);
}

/// <summary>A byline and/or date line, directly under the headline or directly under the teaser.</summary>
public sealed record GeneratedMeta(string Line, string? Byline, string? DateText, DateOnly? Date, bool UnderHeadline);

/// <summary>A rendered listing and the entries it was rendered from.</summary>
public sealed record GeneratedListing(IReadOnlyList<GeneratedEntry> Entries, string Text)
{
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{Entries.Count} entries; text = {Invariants.Show(Text, 4000)}");
        foreach (var entry in Entries)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n  caption {Invariants.Show(entry.Caption)} headline {Invariants.Show(entry.Headline)} teaser {Invariants.Show(entry.Teaser)} meta {Invariants.Show(entry.Meta?.Line)}");
        }

        return builder.ToString();
    }
}

/// <summary>
/// Generates listings in the seeds' layout (<c>caption?\nheadline\n\nteaser\n\n…</c>) from random entries whose
/// lines read the way the grammar expects (see <c>LineShape</c>, <c>ListingGrammar</c>): headlines are titles
/// (short, no final period, may end in ! or ?), teasers are prose (sentences ending in '.' or a truncation
/// marker), captions are short title-like alt text, bylines and dates are in documented shapes.
/// </summary>
/// <remarks>
/// The vocabulary mixes Latin with accents, Greek and Cyrillic (cased), Hebrew and Arabic (right to left,
/// uncased), combining marks, emoji (surrogate pairs, ZWJ sequences, flags) and no-break spaces between
/// words. It avoids, on purpose, the words the recognizers key on — read-more phrases ("more", "read on"),
/// page chrome ("Latest", "Page 2", "Photo:"), metadata openers ("By", "From", "Le", "A", digits), kickers
/// (a final ':') and glued-byline dashes — so that every generated line is what the generator says it is.
/// A teaser with its byline or date below it is at least 60 characters long: shorter ones are misread as the
/// next headline (defect D8, HostileInputTests). Dates are written with month names: "2023-05-26" alone on a
/// line is read as page navigation (defect D6).
/// </remarks>
public static class ListingGenerator
{
    private static readonly string[] TitleStarts =
    [
        "Workers", "Harbour", "Council", "Winter", "Mountain", "Village", "Schools", "Climate", "Bridge", "Students",
        "Museum", "Farmers", "River", "Citizens", "Teachers", "Nurses", "Artists", "Miners", "Dockers", "Tenants",
        "Cyclists", "Libraries", "Hospitals", "Railways", "Parliament", "Residents", "Voters", "Scientists", "Pilots",
        "Église", "Straße", "Fußball", "Café", "Ärzte", "Zürich", "Kraków", "Łódź", "Señoras", "Ελλάδα", "Москва",
        "Cafe\u0301", "Zu\u0308rich", "Why", "How", "Inside", "Beyond",
    ];

    private static readonly string[] TitleWords =
    [
        "Rally", "Against", "Cuts", "Approves", "Budget", "Festival", "Returns", "Reopen", "Summit", "Ends", "Without",
        "Deal", "Repairs", "Delayed", "Again", "Protest", "Tuition", "Unveils", "Hidden", "Treasures", "Market", "Grows",
        "Cleanup", "Draws", "Volunteers", "Strike", "Wages", "Housing", "Crisis", "Deepens", "Victory", "Election",
        "Reform", "Plans", "Vote", "Debate", "Across", "Nation", "City", "Region", "Coast", "Valley", "Forest", "Flood",
        "Warning", "Water", "Energy", "Prices", "Soar", "Rise", "Demand", "Justice", "Future", "Hope", "Struggle",
        "Solidarity", "Movement", "Campaign", "Launches", "Opens", "Celebrates", "Honours", "Remembers", "Élections",
        "Grève", "Señal", "Año", "Größer", "Kämpfe", "Ação", "Città", "Απεργία", "Выборы", "Jose\u0301", "Nin\u0303o",
    ];

    private static readonly string[] SmallWords = ["of", "and", "the", "in", "for", "with", "as", "at", "to", "über", "de"];

    private static readonly string[] RightToLeft = ["שביתה", "בחירות", "עיר", "מחאה", "إضراب", "انتخابات", "المدينة", "احتجاج"];

    private static readonly string[] Emoji = ["🚀", "🌍", "🔥", "👍🏽", "👩‍💻", "🇩🇪", "✊", "📣"];

    private static readonly string[] TeaserStarts =
    [
        "The", "Workers", "Students", "Hundreds", "Thousands", "Residents", "Local", "Many", "Several", "Our", "This",
        "After", "When", "While", "Despite", "Since", "Although", "Officials", "Organisers", "Nobody", "Everyone",
        "Dozens", "Comrades", "Les", "Die", "Los", "Über",
    ];

    private static readonly string[] TeaserWords =
    [
        "gathered", "outside", "the", "city", "hall", "on", "to", "demand", "better", "wages", "and", "safer", "working",
        "conditions", "while", "police", "watched", "from", "a", "distance", "organisers", "said", "that", "turnout",
        "exceeded", "all", "expectations", "despite", "heavy", "rain", "community", "leaders", "called", "for", "unity",
        "in", "face", "of", "rising", "costs", "über", "straße", "café", "niño", "élan", "naïve", "cafe\u0301",
        "jalapen\u0303o", "école", "fiançailles", "señal", "ελπίδα", "надежда", "שביתה", "עיר", "إضراب", "المدينة",
        "🚀", "👩‍💻", "✊", "weeks", "before", "summer", "workers", "voted", "strike", "union", "members", "across", "region",
    ];

    private static readonly string[] Labels = ["Video", "Audio", "Podcast", "Interview"];

    private static readonly string[] FirstNames = ["Jane", "Marta", "Lukas", "Amélie", "José", "Ingrid", "Omar", "Priya", "Kwame", "Søren"];

    private static readonly string[] LastNames = ["Doe", "Russo", "Becker", "Durand", "García", "Larsen", "Haddad", "Sharma", "Mensah", "Nowak"];

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly Gen<string> WordSeparator = Gen.Frequency(
        (30, " "), (2, "\u00A0"), (1, "\u202F"), (1, "  "), (1, "\u2028"), (1, "\t"), (1, "\u0085"), (1, "\u3000"));

    private static readonly Gen<string> TitleWord = Gen.Frequency(
        (20, (IGen<string>)Gen.OneOf(TitleWords)),
        (4, Gen.OneOf(SmallWords)),
        (3, Gen.OneOf(RightToLeft)),
        (2, Gen.OneOf(Emoji)));

    private static readonly Gen<string> TeaserWord = Gen.Frequency(
        (20, (IGen<string>)Gen.OneOf(TeaserWords)),
        (2, Gen.OneOf(RightToLeft)),
        (1, Gen.OneOf(Emoji)),
        (1, Gen.OneOf(TeaserWords).Select(w => w + ",")));

    /// <summary>Edge whitespace that trimming must remove: spaces, tabs, no-break and ideographic spaces, U+200B.</summary>
    private static readonly Gen<string> Padding = Gen.Frequency(
        (12, ""), (2, " "), (1, "\t"), (1, "\u00A0"), (1, "\u200B"), (1, "\u3000"), (1, " \u00A0 "));

    private static readonly Gen<string> BlankLine = Gen.Frequency((10, ""), (1, " "), (1, "\t"), (1, "\u00A0 "), (1, "\u200B"));

    private static readonly Gen<string> LineBreak = Gen.OneOf("\n", "\r\n", "\r");

    public static Gen<string> Phrase(string[] starts, Gen<string> word, int minWords, int maxWords) =>
        from first in Gen.OneOf(starts)
        from rest in Gen.Select(WordSeparator, word).Array[minWords - 1, maxWords - 1]
        select first + string.Concat(rest.Select(r => r.Item1 + r.Item2));

    /// <summary>A title: under 70 UTF-16 units, fewer than 16 words, no sentence punctuation, perhaps a label and a final ! or ?.</summary>
    public static readonly Gen<(string Headline, string? Label)> Headline =
        (from label in Gen.Frequency((8, (IGen<string?>)Gen.Const((string?)null)), (1, Gen.OneOf(Labels).Select(l => (string?)l)))
         from words in Phrase(TitleStarts, TitleWord, 1, 8)
         from end in Gen.Frequency((8, ""), (1, "!"), (1, "?"))
         let text = (label is null ? string.Empty : $"[{label}] ") + words + end
         select (text, label))
        .Where(h => h.text.Length < 70);

    public static readonly Gen<string> Caption = Phrase(TitleStarts, TitleWord, 1, 5).Where(c => c.Length <= 60);

    public static readonly Gen<string> Sentence =
        from words in Phrase(TeaserStarts, TeaserWord, 6, 18)
        select words.TrimEnd(',');

    public static readonly Gen<string> Teaser =
        from sentences in Sentence.Array[1, 3]
        from end in Gen.Frequency((10, "."), (1, "…"), (1, "..."), (1, " […]"), (1, " [...]"))
        select string.Join(". ", sentences) + end;

    public static readonly Gen<GeneratedMeta> Meta =
        from first in Gen.OneOf(FirstNames)
        from last in Gen.OneOf(LastNames)
        from year in Gen.Int[1990, 2030]
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, 28]
        from shape in Gen.Int[0, 3]
        from under in Gen.Bool
        let name = first + " " + last
        let date = new DateOnly(year, month, day)
        let dateText = shape switch
        {
            0 or 1 => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[month - 1]} {day}, {year}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{day} {MonthNames[month - 1]} {year}"),
        }
        select shape switch
        {
            0 => new GeneratedMeta("By " + name, name, null, null, under),
            1 => new GeneratedMeta(name + " | " + dateText, name, dateText, date, under),
            _ => new GeneratedMeta(dateText, null, dateText, date, under),
        };

    public static readonly Gen<GeneratedEntry> Entry =
        from caption in Gen.Frequency((2, (IGen<string?>)Gen.Const((string?)null)), (1, Caption.Select(c => (string?)c)))
        from headline in Headline
        from teaser in Teaser
        from meta in Gen.Frequency((2, (IGen<GeneratedMeta?>)Gen.Const((GeneratedMeta?)null)), (1, Meta.Select(m => (GeneratedMeta?)m)))
        where meta is not { UnderHeadline: false } || teaser.Length >= 60
        select new GeneratedEntry(caption, headline.Headline, headline.Label, teaser, meta);

    /// <summary>Listings of 1 to 8 entries, rendered with random line ends, edge whitespace, blank-line runs and perhaps a BOM.</summary>
    public static readonly Gen<GeneratedListing> Listing =
        from entries in Entry.Array[1, 8]
        from layout in Gen.Int[0, 999].Array[64]
        from paddings in Padding.Array[32]
        from blanks in BlankLine.Array[16]
        from breaks in LineBreak.Array[32]
        from bom in Gen.Frequency((12, false), (1, true))
        from finalBreak in Gen.Bool
        select Render(ConsistentMeta(entries), layout, paddings, blanks, breaks, bom, finalBreak);

    /// <summary>
    /// A first entry without the byline or date that the entries after it all have is the page's header
    /// (AP006, by design); generated listings give the first entry metadata whenever any entry has some.
    /// </summary>
    private static GeneratedEntry[] ConsistentMeta(GeneratedEntry[] entries)
    {
        if (entries[0].Meta is null && entries.FirstOrDefault(e => e.Meta is not null) is { } withMeta)
        {
            entries = [entries[0] with { Meta = withMeta.Meta }, .. entries.Skip(1)];
        }

        return entries;
    }

    private static GeneratedListing Render(
        GeneratedEntry[] entries, int[] layout, string[] paddings, string[] blanks, string[] breaks, bool bom, bool finalBreak)
    {
        var lines = new List<string>();
        var choice = 0;
        int Next() => layout[choice++ % layout.Length];
        string Pad(string line) => paddings[Next() % paddings.Length] + line + paddings[Next() % paddings.Length];
        void Blank(int count)
        {
            for (var i = 0; i < count; i++)
            {
                lines.Add(blanks[Next() % blanks.Length]);
            }
        }

        for (var e = 0; e < entries.Length; e++)
        {
            var entry = entries[e];
            if (e > 0)
            {
                Blank(Next() % 5 == 0 ? 2 : 1);
            }

            if (entry.Caption is not null)
            {
                lines.Add(Pad(entry.Caption));
            }

            lines.Add(Pad(entry.Headline));
            if (entry.Meta is { UnderHeadline: true })
            {
                lines.Add(Pad(entry.Meta.Line));
            }

            Blank(Next() % 7 == 0 ? 2 : 1);
            lines.Add(Pad(entry.Teaser));
            if (entry.Meta is { UnderHeadline: false })
            {
                lines.Add(Pad(entry.Meta.Line));
            }
        }

        var text = new StringBuilder(bom ? "\uFEFF" : string.Empty);
        for (var i = 0; i < lines.Count; i++)
        {
            text.Append(lines[i]);
            if (i < lines.Count - 1 || finalBreak)
            {
                // "\r" then "\n" would read as one "\r\n" break and swallow a blank line.
                var lineBreak = breaks[i % breaks.Length];
                if (lineBreak == "\n" && text.Length > 0 && text[^1] == '\r')
                {
                    lineBreak = "\r\n";
                }

                text.Append(lineBreak);
            }
        }

        return new GeneratedListing(entries, text.ToString());
    }
}
