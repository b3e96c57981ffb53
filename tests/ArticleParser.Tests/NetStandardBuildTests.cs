using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using ArticleParser.Serialization;
using ArticleParser.Tests.Support;
using FluentAssertions;
using PublicApiGenerator;

namespace ArticleParser.Tests;

/// <summary>
/// The netstandard2.0 build, the one .NET Framework, Mono and Unity users get, loads on its own and parses
/// every corpus listing exactly as the net10.0 build does.
/// </summary>
public sealed class NetStandardBuildTests(NetStandardBuild build) : IClassFixture<NetStandardBuild>
{
    public static TheoryData<string, string> Listings()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "seeds", "real" })
        {
            foreach (var listing in CorpusCase.Load(folder))
            {
                data.Add(folder, listing.Name);
            }
        }

        return data;
    }

    [Fact]
    public void The_loaded_build_is_the_netstandard2_0_one_in_its_own_context()
    {
        build.Assembly.Should().NotBeSameAs(typeof(ListingParser).Assembly);
        AssemblyLoadContext.GetLoadContext(build.Assembly).Should().BeSameAs(build.Context);
        build.Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName.Should().Be(".NETStandard,Version=v2.0");
        build.Type("ArticleParser.ListingDate").GetProperty("Date").Should().BeNull("DateOnly does not exist on .NET Standard 2.0");
    }

    [Fact]
    public async Task Its_package_dependencies_load_from_its_folder_into_its_context()
    {
        var text = CorpusCase.Load("seeds").First().Text;
        var headlines = ListingParser.Parse(text).Entries.Select(e => e.Headline).ToList();

        // Parsing needs Sprache, the async streaming API Microsoft.Bcl.AsyncInterfaces, hashing Microsoft.Bcl.HashCode.
        (await EnumerateAsync(text)).Should().Equal(headlines);
        Parse(text).GetHashCode().Should().Be(Parse(text).GetHashCode());

        var loaded = build.Context.Assemblies.ToDictionary(a => a.GetName().Name!, a => a.Location);
        foreach (var dependency in new[] { "Sprache", "Microsoft.Bcl.AsyncInterfaces", "Microsoft.Bcl.HashCode" })
        {
            loaded.Should().ContainKey(dependency);
            Path.GetDirectoryName(loaded[dependency]).Should().Be(build.Folder);
        }
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public void It_parses_each_corpus_listing_to_the_same_entries_as_the_net10_build(string folder, string name)
    {
        var listing = CorpusCase.Load(folder).Single(c => c.Name == name);
        var expected = ListingParser.Parse(listing.Text);

        var document = Parse(listing.Text);

        var entries = ((IEnumerable)Property(document, "Entries")!).Cast<object>()
            .Select(e => (Caption: (string?)Property(e, "ImageCaption"), Headline: (string)Property(e, "Headline")!, Teaser: (string?)Property(e, "Teaser")))
            .ToList();
        entries.Should().Equal(expected.Entries.Select(e => (Caption: e.ImageCaption, e.Headline, e.Teaser)));
        if (folder == "seeds")
        {
            entries.Should().NotBeEmpty("the seeds must not compare empty with empty");
        }
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public void Its_json_equals_the_net10_json_but_for_the_dates_it_cannot_represent(string folder, string name)
    {
        var listing = CorpusCase.Load(folder).Single(c => c.Name == name);
        var expected = JsonNode.Parse(ListingJson.Serialize(ListingParser.Parse(listing.Text)))!;
        RemoveCalendarDates(expected);

        var serialize = build.Type("ArticleParser.Serialization.ListingJson").GetMethod(
            "Serialize", [build.Type("ArticleParser.ListingDocument"), typeof(bool)])!;
        var json = (string)serialize.Invoke(null, [Parse(listing.Text), true])!;

        JsonNode.DeepEquals(JsonNode.Parse(json), expected).Should().BeTrue("the documents of {0} must be equal", name);
    }

    [Fact]
    public void Public_api_of_the_netstandard2_0_build_matches_its_approved_baseline()
    {
        var api = build.Assembly.GeneratePublicApi(PublicApiTests.Options);

        ApiApproval.Verify(api, "ArticleParser.netstandard2.0");
    }

    private object Parse(string text)
    {
        var parse = build.Type("ArticleParser.ListingParser").GetMethod(
            "Parse", [typeof(string), build.Type("ArticleParser.ListingParserOptions")])!;
        return parse.Invoke(null, [text, null])!;
    }

    // IAsyncEnumerable<T> of the netstandard2.0 build is Microsoft.Bcl.AsyncInterfaces', not the runtime's:
    // enumerate it through reflection; its ValueTask<bool> is the runtime's.
    private async Task<List<string>> EnumerateAsync(string text)
    {
        var enumerate = build.Type("ArticleParser.ListingParser").GetMethod(
            "EnumerateAsync", [typeof(TextReader), build.Type("ArticleParser.ListingParserOptions"), typeof(CancellationToken)])!;
        var sequence = enumerate.Invoke(null, [new StringReader(text), null, CancellationToken.None])!;
        var sequenceType = sequence.GetType().GetInterfaces().Single(i => i.Name == "IAsyncEnumerable`1");
        sequenceType.Assembly.GetName().Name.Should().Be("Microsoft.Bcl.AsyncInterfaces");

        var enumerator = sequenceType.GetMethod("GetAsyncEnumerator")!.Invoke(sequence, [CancellationToken.None])!;
        var enumeratorType = enumerator.GetType().GetInterfaces().Single(i => i.Name == "IAsyncEnumerator`1");
        var moveNext = enumeratorType.GetMethod("MoveNextAsync")!;
        var current = enumeratorType.GetProperty("Current")!;
        var headlines = new List<string>();
        while (await (ValueTask<bool>)moveNext.Invoke(enumerator, null)!)
        {
            headlines.Add((string)Property(current.GetValue(enumerator)!, "Headline")!);
        }

        var disposable = enumerator.GetType().GetInterfaces().Single(i => i.Name == "IAsyncDisposable");
        await (ValueTask)disposable.GetMethod("DisposeAsync")!.Invoke(enumerator, null)!;
        return headlines;
    }

    private static object? Property(object target, string name) =>
        target.GetType().GetProperty(name)!.GetValue(target);

    // ListingDate.Date (a DateOnly) exists only on .NET 6 and later.
    private static void RemoveCalendarDates(JsonNode node)
    {
        foreach (var entry in node["entries"]!.AsArray())
        {
            if (entry!["published"] is JsonObject published)
            {
                published.Remove("date").Should().BeTrue();
            }
        }
    }
}
