using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// The lossless oracle (<see cref="OracleWhiteSpace"/>, <see cref="Lossless"/>) is the test's own reading of the
/// README, not the library's code: these tests pin its whitespace list and show that it fails where it should.
/// </summary>
public sealed class LosslessOracleTests
{
    private const string Text = "First Headline\n\nThe first teaser, a sentence of prose.\n \nSecond Headline\n\nThe second teaser, another sentence.\n";

    [Fact]
    public void The_oracle_holds_the_25_White_Space_code_points_and_U_200B_and_U_FEFF_and_nothing_else()
    {
        var members = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(OracleWhiteSpace.Contains).ToList();

        members.Should().HaveCount(27);
        members.Should().Contain(['\t', '\n', '\r', ' ', '\u00A0', '\u2028', '\u3000', '\u200B', '\uFEFF']);
        members.Should().NotContain(['\u200C', '\u200D', '\u180E', '\u2060', '\u00AD', '\0'], "joiners, the Mongolian vowel separator, the word joiner, the soft hyphen and NUL are content");
    }

    [Fact]
    public void The_fast_invariants_use_the_same_whitespace_as_the_oracle()
    {
        // Invariants (shared with the fuzz target) uses char.IsWhiteSpace; on this runtime it must be Unicode White_Space.
        var differ = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => Invariants.IsOuterWhitespace(c) != OracleWhiteSpace.Contains(c));

        differ.Select(c => $"U+{(int)c:X4}").Should().BeEmpty();
    }

    [Theory]
    [InlineData('x')]
    [InlineData('\u200C')]
    [InlineData('\u180E')]
    [InlineData('\0')]
    public void An_unclaimed_character_that_is_not_whitespace_fails_the_oracle(char intruder)
    {
        var document = ListingParser.Parse(Text);
        var blank = Text.IndexOf("\n \n", StringComparison.Ordinal) + 1;
        var doctored = Text[..blank] + intruder + Text[(blank + 1)..];

        var act = () => Lossless.AssertHolds(doctored, document);

        act.Should().Throw<Exception>().WithMessage($"*character {blank} (U+{(int)intruder:X4}) belongs to no entry or block*");
    }

    [Theory]
    [InlineData('\u2000')]
    [InlineData('\u205F')]
    [InlineData('\u200B')]
    [InlineData('\u1680')]
    public void An_unclaimed_whitespace_character_passes_the_oracle(char space)
    {
        var document = ListingParser.Parse(Text);
        var blank = Text.IndexOf("\n \n", StringComparison.Ordinal) + 1;

        Lossless.AssertHolds(Text[..blank] + space + Text[(blank + 1)..], document);
    }

    public static TheoryData<char> SpacesInsideALine()
    {
        var data = new TheoryData<char>();
        foreach (var c in OracleWhiteSpace.UnicodeWhiteSpace.Concat(OracleWhiteSpace.ReadmeFormatCharacters).Where(c => c is not ('\r' or '\n')))
        {
            data.Add(c);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpacesInsideALine))]
    public void Every_whitespace_character_of_the_oracle_is_trimmed_from_every_field_edge(char space)
    {
        var s = new string(space, 2);
        var text = $"{s}Image Caption Here{s}\n{s}First Headline{s}\n{s}\n{s}The first teaser, a sentence of prose.{s}\n{s}By Jane Doe{s}\n";

        var document = ListingParser.Parse(text);

        Lossless.AssertHolds(text, document);
        var entry = document.Entries.Should().ContainSingle().Subject;
        (entry.ImageCaption, entry.Headline, entry.Teaser, entry.Byline).Should().Be(
            ("Image Caption Here", "First Headline", "The first teaser, a sentence of prose.", "Jane Doe"));
    }
}
