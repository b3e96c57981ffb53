using ArticleParser.Lexing;
using ArticleParser.Lexing.Recognizers;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>Each line recognizer, on its own: what it accepts, what it must leave alone, and what it extracts.</summary>
public sealed class RecognizerTests
{
    private static readonly LexerSettings Defaults = LexerSettings.For(ListingParserOptions.Default);

    [Theory]
    [InlineData("Name | May 26, 2023", "Name", "May 26, 2023", "2023-05-26")]
    [InlineData("Jane Doe, May 26, 2023", "Jane Doe", "May 26, 2023", "2023-05-26")]
    [InlineData("Written by Jane Doe Thursday, 25 August 2016", "Jane Doe", "Thursday, 25 August 2016", "2016-08-25")]
    [InlineData("12 Mar 2019", null, "12 Mar 2019", "2019-03-12")]
    [InlineData("3 mars 2023 - 10:15", null, "3 mars 2023 - 10:15", "2023-03-03")]
    [InlineData("25. August 2016", null, "25. August 2016", "2016-08-25")]
    [InlineData("26 de mayo de 2023", null, "26 de mayo de 2023", "2023-05-26")]
    [InlineData("mayo 26, 2023 | Ana Ruiz", "Ana Ruiz", "mayo 26, 2023", "2023-05-26")]
    [InlineData("il 3 marzo 2023", null, "3 marzo 2023", "2023-03-03")]
    [InlineData("14 de novembro de 2025", null, "14 de novembro de 2025", "2025-11-14")]
    [InlineData("12 января 2024", null, "12 января 2024", "2024-01-12")]
    [InlineData("5 Μαΐου 2023", null, "5 Μαΐου 2023", "2023-05-05")]
    [InlineData("08 يناير 2026", null, "08 يناير 2026", "2026-01-08")]
    [InlineData("2023-05-26", null, "2023-05-26", "2023-05-26")]
    [InlineData("26.05.2023", null, "26.05.2023", "2023-05-26")]
    [InlineData("07/03/17", null, "07/03/17", null)]
    [InlineData("05/07/2021", null, "05/07/2021", null)]
    [InlineData("25/07/2021", null, "25/07/2021", "2021-07-25")]
    [InlineData("3 hours ago", null, "3 hours ago", null)]
    [InlineData("vor 2 Tagen", null, "vor 2 Tagen", null)]
    [InlineData("Published: Aug 2, 2017", null, "Aug 2, 2017", "2017-08-02")]
    [InlineData("Publié le 12 février 2026 à 14h30Claire Vasseur", "Claire Vasseur", "12 février 2026 à 14h30", "2026-02-12")]
    [InlineData("Por jueves, 25 abril, 2019 2 , Permalink", null, "jueves, 25 abril, 2019", "2019-04-25")]
    [InlineData("CIVIC 07/03/17", null, "07/03/17", null)] // a source, as 017 labels it: one word before a bare numeric date names no person
    [InlineData("한서윤 수습기자  |  2022-09-20 11:05", null, "2022-09-20 11:05", "2022-09-20")]
    [InlineData("2026-01-31 08:45:38 6", null, "2026-01-31 08:45:38", "2026-01-31")]
    [InlineData("19:21 - 13.12.2025", null, "19:21 - 13.12.2025", "2025-12-13")]
    [InlineData("08:05 13/12/2025", null, "08:05 13/12/2025", "2025-12-13")]
    [InlineData("By Jane Doe", "Jane Doe", null, null)]
    [InlineData("Von Max Mustermann", "Max Mustermann", null, null)]
    [InlineData("פֿון גענאַדי עסטרײַך", "גענאַדי עסטרײַך", null, null)] // Yiddish "by", its letter pe with a rafe mark
    [InlineData("By:", null, null, null)]
    [InlineData("Source: Harbor Review", null, null, null)]
    [InlineData("15 min read", null, null, null)]
    [InlineData("0 Comments", null, null, null)]
    [InlineData("No Comments", null, null, null)]
    [InlineData("3 Kommentare", null, null, null)]
    [InlineData("14 Hits", null, null, null)]
    [InlineData("230 views", null, null, null)]
    [InlineData("12 σχόλια", null, null, null)]
    [InlineData("412 points by quentinm 3 hours ago | hide | 118 comments", "quentinm", "3 hours ago", null)]
    [InlineData("198 points by harlow_k 2 hours ago | hide | discuss", "harlow_k", "2 hours ago", null)]
    [InlineData("via alice.k 5 hours ago · 12 comments", "alice.k", "5 hours ago", null)]
    [InlineData("تحریر سلمان قریشی", "سلمان قریشی", null, null)]
    [InlineData("מאת דנה לוי", "דנה לוי", null, null)]
    [InlineData("06.mart 2026. Milena Jokić", "Milena Jokić", "06.mart 2026", "2026-03-06")]
    [InlineData("2026 يناير 08", null, "2026 يناير 08", "2026-01-08")]
    [InlineData("1 hour ago | hide", null, "1 hour ago", null)]
    [InlineData("12 comments | 26.05.2023", null, "26.05.2023", "2023-05-26")]
    [InlineData("by Guest Post | on Jul 11, 2017", "Guest Post", "Jul 11, 2017", "2017-07-11")]
    [InlineData("Posted by Jane Smith on July 11, 2017", "Jane Smith", "July 11, 2017", "2017-07-11")]
    [InlineData("Von Hans Meier am 11. Juli 2017", "Hans Meier", "11. Juli 2017", "2017-07-11")]
    [InlineData("Par Jean Dupont le 11 juillet 2017", "Jean Dupont", "11 juillet 2017", "2017-07-11")]
    [InlineData("Jane Le | July 11, 2017", "Jane Le", "July 11, 2017", "2017-07-11")]
    [InlineData("Yayın: 21 Eylül 2025, 16:25", null, "21 Eylül 2025, 16:25", "2025-09-21")]
    [InlineData("Radio 021 14.03.2025", null, "14.03.2025", "2025-03-14")]
    [InlineData("Južne vesti 14.03.2025", null, "14.03.2025", "2025-03-14")]
    [InlineData("Danas 14.03.2025", null, "14.03.2025", "2025-03-14")]
    [InlineData("Marta Kovač 14.03.2025", "Marta Kovač", "14.03.2025", "2025-03-14")]
    [InlineData("Morgan Xu 发布于 04月18, 2015", "Morgan Xu", "04月18, 2015", "2015-04-18")]
    [InlineData("Morgan Xu 发表于 4月 18, 2015", "Morgan Xu", "4月 18, 2015", "2015-04-18")]
    [InlineData("4월 18, 2015", null, "4월 18, 2015", "2015-04-18")]
    [InlineData("todayFebruary 3, 2026 9", null, "February 3, 2026", "2026-02-03")]
    [InlineData("eventMarch 12, 2025", null, "March 12, 2025", "2025-03-12")]
    public void Metadata_lines_yield_byline_and_date(string line, string? byline, string? date, string? parsed)
    {
        MetaRecognizer.TryMatch(line, out var match).Should().BeTrue();

        (match.Byline is { } b ? line[b] : null).Should().Be(byline);
        (match.Date is { } d ? line[d] : null).Should().Be(date);
        (match.ParsedDate is { } day ? new DateOnly(day.Year, day.Month, day.Day) : (DateOnly?)null)
            .Should().Be(parsed is null ? null : DateOnly.Parse(parsed, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("May Day 2021: Workers March")]
    [InlineData("Red Flag Flies High on May Day 2021")]
    [InlineData("Italy: October 16 Protest in Rome")]
    [InlineData("Workers Strike 16 October")]
    [InlineData("By The Numbers: A Year in Review")]
    [InlineData("From Pandemic To Recovery")]
    [InlineData("2022 Recap: Communists on the Campus!")]
    [InlineData("Lenin: 100 Years On")]
    [InlineData("The Paris Commune (1871)")]
    [InlineData("Review | The Batman 2022")]
    [InlineData("100 Comments on the New Budget")]
    [InlineData("Hacker News new | past | comments | ask | show | jobs | submit")]
    [InlineData("Why we left the cloud, by a team of three | 3 hours ago")]
    [InlineData("Ask HN: what did you build | 3 hours ago | hide")]
    [InlineData("سلمان قریشی")]
    [InlineData("السياسة | 2021/02/14 أخبار محلية اليوم")]
    [InlineData("DoorDash Expands Delivery")]
    [InlineData("DiCaprio Returns To Cannes")]
    [InlineData("FromSoftware Delays Elden Ring 2")]
    public void Headlines_with_dates_or_names_in_them_are_not_metadata(string line)
    {
        MetaRecognizer.TryMatch(line, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("Read more")]
    [InlineData("Continue reading…")]
    [InlineData("Weiterlesen ...")]
    [InlineData("[Leer más]")]
    [InlineData("Lire la suite")]
    [InlineData("Continuer la lecture")]
    [InlineData("Leggi tutto")]
    [InlineData("Ler mais")]
    [InlineData("Read the article → -")]
    [InlineData("+ + + Lesen Sie hier die vollständige Pressemitteilung + + +")]
    [InlineData("أكمل القراءة »")]
    [InlineData("Lees verder »")]
    [InlineData("Czytaj więcej")]
    [InlineData("Baca selengkapnya")]
    [InlineData("Читать дальше →")]
    [InlineData("続きを読む")]
    [InlineData("阅读全文")]
    [InlineData("더보기")]
    [InlineData("আরও পড়ুন")]
    [InlineData("ادامه مطلب »")]
    [InlineData("Lexo më shumë")]
    [InlineData("Opširnije")]
    [InlineData("Soma zaidi")]
    public void Read_more_lines_are_recognized(string line)
    {
        new ReadMoreRecognizer([]).IsLine(line).Should().BeTrue();
    }

    [Theory]
    [InlineData("Read My Lips: The Politics of Promises")]
    [InlineData("More Than a Game")]
    [InlineData("Continue the Struggle!")]
    public void Headlines_that_start_like_links_are_not_read_more(string line)
    {
        new ReadMoreRecognizer([]).IsLine(line).Should().BeFalse();
    }

    [Theory]
    [InlineData("The teaser ends here. Read more", "The teaser ends here.")]
    [InlineData("Una frase cortada y... Leer más »", "Una frase cortada y...")]
    [InlineData("Der Text […] Weiterlesen …", "Der Text […]")]
    [InlineData("A sentence that mentions more", null)]
    [InlineData("We want more", null)]
    [InlineData("Het verslag van de avond staat online. (meer…)", "Het verslag van de avond staat online.")]
    [InlineData("Die Sitzung beginnt um acht Uhr (mehr...)", "Die Sitzung beginnt um acht Uhr")]
    [InlineData("Er sagte: „Das reicht. (…)“", null)]
    [InlineData("Prices rose (see table 2...)", null)]
    [InlineData("桜の季節になると、毎年同じ公園へ出かけてしまう... 続きを読む", "桜の季節になると、毎年同じ公園へ出かけてしまう...")]
    [InlineData("De gemeente heeft het plan goedgekeurd... Lees verder »", "De gemeente heeft het plan goedgekeurd...")]
    [InlineData("Warga bisa membaca laporan itu selengkapnya", null)]
    [InlineData("The council will vote on the plan next week… Continue reading Council Delays The Budget Vote", "The council will vote on the plan next week…")]
    [InlineData("The council will vote on the plan next week [...] Read more Council Delays The Budget Vote", "The council will vote on the plan next week [...]")]
    [InlineData("He waited... Then he read more than a hundred letters from his sister", null)]
    [InlineData("Il sindaco ha detto… Continua a leggere", "Il sindaco ha detto…")]
    [InlineData("ایک نجی ٹی وی کے پروگرام میں گفتگو کرتے ہوئے انہوں نے مزید پڑھیں", "ایک نجی ٹی وی کے پروگرام میں گفتگو کرتے ہوئے انہوں نے")]
    [InlineData("The plan was approved by the board. Opširnije", null)]
    public void Read_more_glued_to_a_teaser_is_cut_off(string line, string? teaser)
    {
        var start = new ReadMoreRecognizer([]).GluedStart(line);

        (start > 0 ? line[..start] : null).Should().Be(teaser);
    }

    // The previous entry's link glued to the next headline by a lost line break: a capital after the phrase or its
    // decoration, or a quote that opens a capitalized title, or, in a script without case, a letter after the decoration.
    [Theory]
    [InlineData("Continue readingCouncil Approves The Budget", "Council Approves The Budget")]
    [InlineData("Read more »Council Approves The Budget", "Council Approves The Budget")]
    [InlineData("Continue reading‘Council approves the budget’", "‘Council approves the budget’")]
    [InlineData("Read more“about” this winter", null)]
    [InlineData("أكمل القراءة »انطلاق الموسم الفلاحي", "انطلاق الموسم الفلاحي")]
    [InlineData("קרא עוד »הממשלה אישרה את התקציב", "הממשלה אישרה את התקציב")]
    [InlineData("Read more books this winter", null)]
    [InlineData("Read More Books This Winter", null)]
    [InlineData("أكمل القراءة انطلاق الموسم", null)]
    public void Read_more_glued_to_the_next_headline_is_cut_off(string line, string? headline)
    {
        var start = new ReadMoreRecognizer([]).GluedPrefix(line);

        (start > 0 ? line[start..] : null).Should().Be(headline);
    }

    [Fact]
    public void Extra_read_more_phrases_come_from_the_options()
    {
        new ReadMoreRecognizer(["Mehr dazu"]).IsLine("Mehr dazu »").Should().BeTrue();
        new ReadMoreRecognizer([]).IsLine("Mehr dazu »").Should().BeFalse();
    }

    [Theory]
    [InlineData("Latest articles", ListingBlockKind.SectionHeader)]
    [InlineData("Featured articles:", ListingBlockKind.SectionHeader)]
    [InlineData("Previous", ListingBlockKind.Navigation)]
    [InlineData("Next »", ListingBlockKind.Navigation)]
    [InlineData("Page 3 of 9", ListingBlockKind.Navigation)]
    [InlineData("1 2 3 … 17", ListingBlockKind.Navigation)]
    [InlineData("Issue #1234", ListingBlockKind.IssueLabel)]
    [InlineData("© Jane Doe / Agency", ListingBlockKind.Credit)]
    [InlineData("Photo: Jane Doe", ListingBlockKind.Credit)]
    [InlineData("Blick auf die Hallen (Foto: Archiv)", ListingBlockKind.Credit)]
    [InlineData("Donate", ListingBlockKind.Promotion)]
    [InlineData("Contact us at or 646-791-6279", ListingBlockKind.Contact)]
    [InlineData("次のページ", ListingBlockKind.Navigation)]
    [InlineData("下一页", ListingBlockKind.Navigation)]
    [InlineData("Следующая", ListingBlockKind.Navigation)]
    [InlineData("Starsze wpisy", ListingBlockKind.Navigation)]
    [InlineData("Äldre inlägg", ListingBlockKind.Navigation)]
    [InlineData("Sonraki", ListingBlockKind.Navigation)]
    [InlineData("التالي", ListingBlockKind.Navigation)]
    public void Chrome_lines_are_recognized_with_their_kind(string line, ListingBlockKind kind)
    {
        new ChromeRecognizer([]).TryClassify(line, out var found).Should().BeTrue();
        found.Should().Be(kind);
    }

    [Theory]
    [InlineData("Next Steps for the Union Movement")]
    [InlineData("Page Turners: Summer Books")]
    [InlineData("Issue of the Week: Rent")]
    [InlineData("Contacting the Past: Letters from 1917")]
    [InlineData("Socialist Revolution Issue 18 Cover")]
    public void Headlines_that_start_like_chrome_are_text(string line)
    {
        new ChromeRecognizer([]).TryClassify(line, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("-", true)]
    [InlineData("—", true)]
    [InlineData("* * *", true)]
    [InlineData("•", true)]
    [InlineData("-----", true)]
    [InlineData("- Headline", false)]
    [InlineData("2023", false)]
    public void Separator_lines_hold_only_glyphs(string line, bool separator)
    {
        Decoration.IsSeparator(line).Should().Be(separator);
    }

    [Theory]
    [InlineData("• Headline", 2)]
    [InlineData("-  Headline", 3)]
    [InlineData("» Headline", 2)]
    [InlineData("-Headline", 0)]
    [InlineData("Headline", 0)]
    public void Bullets_in_front_of_a_field_are_measured_off(string line, int length)
    {
        Decoration.BulletLength(line).Should().Be(length);
    }

    [Theory]
    [InlineData("Capitalism and climate change have pulverized Puerto Rico.", true)]
    [InlineData("Socialist Revolution wholeheartedly supports the call to free Mumia Abu-Jamal!", true)]
    [InlineData("Las brigadas de salud inspeccionaron en siete días más de 12 mil viviendas de la ciudad.", true)]
    [InlineData("Free Mumia Abu-Jamal!", false)]
    [InlineData("Marxists Raise Banner of Socialist Revolution for International Working Women’s Day 2021!", false)]
    [InlineData("What Is Communism? Why We Need Marxist Theory | NYC Marxist School 2023", false)]
    [InlineData("La grève s'étend à toute la France", false)]
    [InlineData("所有参数在入队前都会被 json_encode,所以不要传对象或者资源句柄。", true)]
    [InlineData("思わず手が止まりました。紙面だと隣の記事まで目に入るので、思いがけない話題に出会えるのがいいところですね", true)]
    [InlineData("用PHP-Resque处理后台任务(五) 编写第一个 Job", false)]
    [InlineData("新聞を読む秋", false)]
    public void Line_shape_tells_prose_from_titles(string line, bool prose)
    {
        LineShape.IsProse(line).Should().Be(prose);
    }

    [Fact]
    public void Lexer_measures_bullets_glued_links_bylines_and_dates_off_the_field()
    {
        const string text = "• Bulleted headline\nTeaser sentence goes here. Read more »\nTitle – di Marta Russo\nTitre de l’article (12 mars 2019)";

        var tokens = LineLexer.Tokenize(text, Defaults);

        Enumerable.Range(0, tokens.Count).Select(i => text.Substring(tokens[i].FieldStart, tokens[i].FieldLength)).Should().Equal(
            "Bulleted headline", "Teaser sentence goes here.", "Title", "Titre de l’article");
    }

    [Fact]
    public void Turning_a_recognizer_off_makes_its_lines_text()
    {
        var options = new ListingParserOptions { RecognizeChrome = false, RecognizeMetadata = false, RecognizeReadMore = false, RecognizeSeparators = false };

        var tokens = LineLexer.Tokenize("Latest articles\nBy Jane Doe\nRead more\n* * *", LexerSettings.For(options));

        Enumerable.Range(0, tokens.Count).Select(i => tokens[i].Kind).Should().OnlyContain(k => k == LineKind.Text);
    }

    [Fact]
    public void Extra_chrome_phrases_come_from_the_options()
    {
        var options = new ListingParserOptions { ChromePhrases = new Dictionary<string, ListingBlockKind> { ["Unsere Themen"] = ListingBlockKind.SectionHeader } };

        var document = ListingParser.Parse("Unsere Themen\n\nHeadline\n\nThe teaser is a full sentence here.", options);

        document.NonEntryBlocks.Should().ContainSingle().Which.Kind.Should().Be(ListingBlockKind.SectionHeader);
        document.Entries.Should().ContainSingle().Which.Headline.Should().Be("Headline");
    }
}
