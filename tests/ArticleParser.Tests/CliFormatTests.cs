using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleParser.Cli;
using ArticleParser.Serialization;
using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>The exact text of each output format: JSON, JSON Lines and RFC 4180 CSV.</summary>
public sealed class CliFormatTests : IDisposable
{
    private const string Tricky =
        "Caption, with comma\n[Video] He said \"no\", twice\n\nA teaser [\u2026]\n\n"
        + "Plain head\n\nPlain teaser.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("articleparser-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Csv_has_a_header_and_one_row_per_entry_with_quotes_doubled_and_crlf_row_ends()
    {
        var path = Write("front.txt", Tricky);

        var result = Cli.Run([path, "--format", "csv"]);

        result.Code.Should().Be(0);
        result.Stdout.Should().Be(
            "file,index,imageCaption,headline,teaser,isTeaserTruncated,label,line,column\r\n"
            + $"{path},1,\"Caption, with comma\",\"[Video] He said \"\"no\"\", twice\",A teaser [\u2026],true,Video,1,1\r\n"
            + $"{path},2,,Plain head,Plain teaser.,false,,6,1\r\n");
    }

    [Fact]
    public void Csv_quotes_a_file_name_with_a_comma_a_quote_or_a_line_break()
    {
        var name = "we,\"ird\"\nname.txt";
        Write(name, "Head\n\nTeaser.");

        var result = Cli.Run([_folder, "-f", "csv"]);

        result.Code.Should().Be(0);
        var quoted = "\"" + Path.Combine(_folder, name).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        result.Stdout.Should().EndWith($"\r\n{quoted},1,,Head,Teaser.,false,,1,1\r\n");
    }

    [Fact]
    public void Csv_of_standard_input_names_it_stdin()
    {
        var result = Cli.Run(["-", "-f", "csv"], stdin: "H\n\nT...");

        result.Stdout.Should().Be("file,index,imageCaption,headline,teaser,isTeaserTruncated,label,line,column\r\n"
            + "<stdin>,1,,H,T...,true,,1,1\r\n");
    }

    [Fact]
    public void Csv_is_only_the_header_when_no_file_could_be_written()
    {
        var path = Write("bad.txt", "A\n\nA teaser.\n\nLonely\n\n* * *\n\nCap\nB\n\nB teaser.");

        var result = Cli.Run([path, "-f", "csv", "--strict"]);

        result.Code.Should().Be(1);
        result.Stdout.Should().Be("file,index,imageCaption,headline,teaser,isTeaserTruncated,label,line,column\r\n");
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData(" spaced ", " spaced ")]
    [InlineData("caf\u00e9 \u2014 \u201cquoted\u201d", "caf\u00e9 \u2014 \u201cquoted\u201d")]
    public void Csv_field_escaping_follows_rfc_4180(string? value, string expected)
    {
        Csv.AppendField(new StringBuilder(), value).ToString().Should().Be(expected);
    }

    [Fact]
    public void Json_of_one_file_is_the_library_serialization_of_its_document()
    {
        var path = Write("front.txt", Tricky);

        var result = Cli.Run([path]);

        result.Stdout.Should().Be(ListingJson.Serialize(ListingParser.Parse(Tricky)) + Environment.NewLine);
    }

    [Fact]
    public void Json_of_several_files_is_an_indented_array_of_file_and_document()
    {
        var a = Write("a.txt", Tricky);
        var b = Write("b.txt", "Head\n\nTeaser.");

        var result = Cli.Run([a, b]);

        result.Code.Should().Be(0);
        var array = JsonNode.Parse(result.Stdout)!.AsArray();
        array.Select(e => e!["file"]!.GetValue<string>()).Should().Equal(a, b);
        JsonNode.DeepEquals(array[0]!["document"], JsonNode.Parse(ListingJson.Serialize(ListingParser.Parse(Tricky)))).Should().BeTrue();
        JsonNode.DeepEquals(array[1]!["document"], JsonNode.Parse(ListingJson.Serialize(ListingParser.Parse("Head\n\nTeaser.")))).Should().BeTrue();
        result.Stdout.Should().Be(Reindented(result.Stdout), "the array is written with two-space indentation throughout");
        result.Stdout.Should().Contain("[\u2026]", "non-ASCII text stays readable").And.Contain("He said \\\"no\\\", twice");
    }

    [Fact]
    public void Json_of_an_empty_result_is_an_empty_array()
    {
        Write("bad.txt", "A\n\nA teaser.\n\nLonely\n\n* * *\n\nCap\nB\n\nB teaser.");

        var result = Cli.Run([_folder, "--strict"]);

        result.Code.Should().Be(1);
        result.Stdout.Should().Be("[]\n");
    }

    [Fact]
    public void Json_lines_are_one_compact_object_per_line_ending_in_lf()
    {
        var a = Write("a.txt", Tricky);

        var result = Cli.Run([a, "-", "-f", "jsonl"], stdin: "Head\n\nTeaser.");

        result.Stdout.Should().NotContain("\r");
        var lines = result.Stdout.Split('\n');
        lines.Should().HaveCount(3);
        lines[^1].Should().BeEmpty("the last line ends in a line feed too");
        lines[0].Should().Be(
            $"{{\"file\":{JsonSerializer.Serialize(a)},\"document\":{ListingJson.Serialize(ListingParser.Parse(Tricky), indented: false)}}}");
        JsonNode.Parse(lines[1])!["file"]!.GetValue<string>().Should().Be("<stdin>");
    }

    [Fact]
    public void Every_format_holds_every_seed_entry()
    {
        var seeds = Path.Combine(CorpusCase.Root, "seeds");
        var expected = CorpusCase.Load("seeds").Sum(s => s.Entries.Count);

        var csv = Cli.Run([seeds, "-f", "csv"]);
        var jsonl = Cli.Run([seeds, "-f", "jsonl"]);
        var json = Cli.Run([seeds]);

        csv.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + expected);
        jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Sum(l => JsonNode.Parse(l)!["document"]!["entries"]!.AsArray().Count).Should().Be(expected);
        JsonNode.Parse(json.Stdout)!.AsArray().Sum(f => f!["document"]!["entries"]!.AsArray().Count).Should().Be(expected);
        new[] { csv.Code, jsonl.Code, json.Code }.Should().OnlyContain(c => c == 0);
    }

    private static string Reindented(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
