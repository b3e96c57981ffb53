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
            "path,index,imageCaption,headline,teaser,isTeaserTruncated,label,byline,published,publishedDate,readMore,line,column\r\n"
            + $"{path},1,\"Caption, with comma\",\"[Video] He said \"\"no\"\", twice\",A teaser [\u2026],true,Video,,,,,1,1\r\n"
            + $"{path},2,,Plain head,Plain teaser.,false,,,,,,6,1\r\n");
    }

    [Fact]
    public void Csv_quotes_a_file_name_with_a_comma_a_quote_or_a_line_break()
    {
        var name = "we,\"ird\"\nname.txt";
        Write(name, "Head\n\nTeaser.");

        var result = Cli.Run([_folder, "-f", "csv"]);

        result.Code.Should().Be(0);
        var quoted = "\"" + Path.Combine(_folder, name).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        result.Stdout.Should().EndWith($"\r\n{quoted},1,,Head,Teaser.,false,,,,,,1,1\r\n");
    }

    [Fact]
    public void Csv_of_standard_input_names_it_stdin()
    {
        var result = Cli.Run(["-", "-f", "csv"], stdin: "H\n\nT...");

        result.Stdout.Should().Be("path,index,imageCaption,headline,teaser,isTeaserTruncated,label,byline,published,publishedDate,readMore,line,column\r\n"
            + "<stdin>,1,,H,T...,true,,,,,,1,1\r\n");
    }

    [Fact]
    public void Csv_carries_byline_and_published_date_and_fields_pick_the_columns()
    {
        var path = Write("dated.txt", "First head\n\nJane Doe | May 26, 2023\n\nFirst teaser, long enough to read as prose.\n\n"
            + "Second head\n\nJohn Roe | 3 hours ago\n\nSecond teaser, long enough to read as prose.\n");
        var entries = ListingParser.ParseFile(path).Entries;
        entries.Should().HaveCount(2);
        entries[0].Published!.Date.Should().Be(new DateOnly(2023, 5, 26));

        var all = Cli.Run([path, "-f", "csv"]);
        var some = Cli.Run([path, "-f", "csv", "--fields", "headline,byline,published,publishedDate"]);

        all.Stdout.Split("\r\n")[1].Should().Be(
            $"{path},1,,First head,\"First teaser, long enough to read as prose.\",false,,Jane Doe,\"May 26, 2023\",2023-05-26,,1,1");
        some.Stdout.Should().Be("headline,byline,published,publishedDate\r\n"
            + "First head,Jane Doe,\"May 26, 2023\",2023-05-26\r\n"
            + "Second head,John Roe,3 hours ago,\r\n");
    }

    [Fact]
    public void Csv_is_only_the_header_when_no_file_could_be_read()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "gone.txt"), Path.Combine(_folder, "nowhere.txt"));

        var result = Cli.Run([_folder, "-f", "csv"]);

        result.Code.Should().Be(2);
        result.Stdout.Should().Be("path,index,imageCaption,headline,teaser,isTeaserTruncated,label,byline,published,publishedDate,readMore,line,column\r\n");
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
    public void Json_of_one_file_with_spans_and_indent_is_the_library_serialization_without_nulls()
    {
        var path = Write("front.txt", Tricky);

        var result = Cli.Run([path, "--spans", "--indent"]);

        var expected = JsonNode.Parse(ListingJson.Serialize(ListingParser.Parse(Tricky)))!;
        RemoveNulls(expected);
        result.Stdout.Should().Be(expected.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        }) + "\n");
    }

    [Fact]
    public void Json_of_several_files_is_a_files_object_of_path_and_document()
    {
        var a = Write("a.txt", Tricky);
        var b = Write("b.txt", "Head\n\nTeaser.");

        var result = Cli.Run([a, b, "--indent"]);

        result.Code.Should().Be(0);
        var files = JsonNode.Parse(result.Stdout)!["files"]!.AsArray();
        files.Select(e => e!["path"]!.GetValue<string>()).Should().Equal(a, b);
        files[0]!["document"]!["entries"]![0]!["label"]!.GetValue<string>().Should().Be("Video");
        JsonNode.DeepEquals(files[1]!["document"], JsonNode.Parse(Cli.Run([b]).Stdout)).Should().BeTrue("a file's document is the same alone or among others");
        result.Stdout.Should().Be(Reindented(result.Stdout), "the output is written with two-space indentation throughout");
        result.Stdout.Should().Contain("[\u2026]", "non-ASCII text stays readable").And.Contain("He said \\\"no\\\", twice");
        Cli.Run([a, b, "--compact"]).Stdout.Should().Be(JsonNode.Parse(result.Stdout)!.ToJsonString(new JsonSerializerOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n");
    }

    [Fact]
    public void Json_of_an_empty_result_is_an_empty_files_array()
    {
        File.CreateSymbolicLink(Path.Combine(_folder, "gone.txt"), Path.Combine(_folder, "nowhere.txt"));

        var result = Cli.Run([_folder]);

        result.Code.Should().Be(2);
        result.Stdout.Should().Be("{\"files\":[]}\n");
    }

    [Fact]
    public void Json_lines_are_one_compact_entry_per_line_with_typed_lines_for_blocks_and_diagnostics()
    {
        var a = Write("a.txt", "Latest articles\n\n" + Tricky);

        var result = Cli.Run([a, "-", "-f", "jsonl"], stdin: "Head\n\nTeaser.");

        result.Stdout.Should().NotContain("\r");
        var lines = result.Stdout.Split('\n');
        lines[^1].Should().BeEmpty("the last line ends in a line feed too");
        var objects = lines[..^1].Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        objects.Select(o => o["type"]?.GetValue<string>() ?? o["headline"]!.GetValue<string>()).Should().Equal(
            "block", "[Video] He said \"no\", twice", "Plain head", "Head");
        lines[1].Should().Be($"{{\"path\":{JsonSerializer.Serialize(a)},\"index\":1,\"imageCaption\":\"Caption, with comma\","
            + "\"headline\":\"[Video] He said \\\"no\\\", twice\",\"teaser\":\"A teaser [\u2026]\",\"isTeaserTruncated\":true,"
            + "\"label\":\"Video\",\"line\":3,\"column\":1}");
        lines[0].Should().Be($"{{\"type\":\"block\",\"path\":{JsonSerializer.Serialize(a)},\"kind\":\"SectionHeader\",\"text\":\"Latest articles\",\"line\":1,\"column\":1}}");
        objects[^1]["path"]!.GetValue<string>().Should().Be("<stdin>");
        Cli.Run([a, "-f", "jsonl", "--fields", "headline"]).Stdout.Split('\n')[1].Should().Be("{\"headline\":\"[Video] He said \\\"no\\\", twice\"}");
    }

    [Fact]
    public void Json_lines_put_blocks_and_diagnostics_in_document_order_between_the_entries()
    {
        var result = Cli.Run(["-", "-f", "jsonl", "--fields", "headline"], stdin: "A\n\nA teaser.\n\nLonely\n\n* * *\n\nCap\nB\n\nB teaser.");

        result.Stdout.Should().Be(
            "{\"headline\":\"A\"}\n"
            + "{\"type\":\"block\",\"path\":\"<stdin>\",\"kind\":\"Text\",\"text\":\"Lonely\",\"line\":5,\"column\":1}\n"
            + "{\"type\":\"diagnostic\",\"path\":\"<stdin>\",\"code\":\"AP001\",\"severity\":\"Warning\",\"message\":\"Expected a teaser or another entry "
            + "after headline \\\"Lonely\\\", found a separator at line 7; 1 line is kept as non-entry text.\",\"line\":5,\"column\":1}\n"
            + "{\"type\":\"block\",\"path\":\"<stdin>\",\"kind\":\"Separator\",\"text\":\"* * *\",\"line\":7,\"column\":1}\n"
            + "{\"headline\":\"B\"}\n");
    }

    [Fact]
    public void Json_keeps_every_block_when_they_spill_past_memory_to_a_temporary_file()
    {
        // 60,000 separator lines between two entries: over 4 MiB of block JSON with spans.
        var text = "Head\n\nTeaser of the entry.\n\n" + string.Concat(Enumerable.Repeat("* * *\n", 60_000)) + "\nLast head\n\nLast teaser.\n";
        var path = Write("separators.txt", text);

        var result = Cli.Run([path, "--spans"]);

        result.Code.Should().Be(0);
        ListingJson.Deserialize(result.Stdout).Should().Be(ListingParser.Parse(text));
        JsonNode.Parse(result.Stdout)!["nonEntryBlocks"]!.AsArray().Count.Should().Be(60_000);
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
            .Count(l => JsonNode.Parse(l)!["type"] is null).Should().Be(expected);
        JsonNode.Parse(json.Stdout)!["files"]!.AsArray().Sum(f => f!["document"]!["entries"]!.AsArray().Count).Should().Be(expected);
        new[] { csv.Code, jsonl.Code, json.Code }.Should().OnlyContain(c => c == 0);
    }

    private static void RemoveNulls(JsonNode? node)
    {
        if (node is JsonObject obj)
        {
            foreach (var name in obj.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                obj.Remove(name);
            }

            foreach (var property in obj)
            {
                RemoveNulls(property.Value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                RemoveNulls(item);
            }
        }
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
