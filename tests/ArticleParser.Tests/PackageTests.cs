using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;
using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// What a careful consumer checks in the package: one folder per target with the assembly and its XML docs,
/// the README, the license, the metadata, per-target dependencies, and the symbols next to it.
/// </summary>
[Collection(nameof(PackingTests))]
public sealed class PackageTests(PackedLibrary package) : IClassFixture<PackedLibrary>
{
    private static readonly string[] Targets = ["net10.0", "net8.0", "netstandard2.0"];

    [Fact]
    public void It_holds_the_assembly_and_its_xml_docs_for_each_target_and_no_symbols()
    {
        var lib = package.Entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal));

        lib.Should().BeEquivalentTo(Targets.SelectMany(t => new[] { $"lib/{t}/ArticleParser.dll", $"lib/{t}/ArticleParser.xml" }));
        package.Entries.Should().NotContain(e => e.EndsWith(".pdb", StringComparison.Ordinal), "symbols go to the .snupkg");
    }

    [Fact]
    public void It_packs_its_own_readme_and_the_license()
    {
        package.Read("README.md").Should().Equal(File.ReadAllBytes(RepositoryRoot.Combine("src", "ArticleParser", "PACKAGE.md")));
        package.Read("LICENSE").Should().Equal(File.ReadAllBytes(RepositoryRoot.Combine("LICENSE")));
        package.Metadata("readme")!.Value.Should().Be("README.md");
    }

    [Fact]
    public void Its_readme_links_absolutely_shows_the_compiled_example_and_leaves_out_the_contributor_sections()
    {
        var readme = System.Text.Encoding.UTF8.GetString(package.Read("README.md"));

        // Links on nuget.org resolve against nothing: every link is absolute.
        // Both inline links [text](target) and autolinks <target> are collected.
        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\(([^)]*)\)|<([a-z][^<>\s]*)>")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
        links.Should().NotBeEmpty().And.OnlyContain(link => link.StartsWith("https://", StringComparison.Ordinal));
        readme.Should().NotContainAny(["fuzz", "Fuzz", "Contribut", "eng/", ".ci/"]);

        // The example is the repository README's, which ReadmeExampleTests compiles and runs.
        ExampleOf(readme).Should().Be(ExampleOf(File.ReadAllText(RepositoryRoot.Combine("README.md"))));
    }

    internal static string ExampleOf(string markdown, string after = "")
    {
        var start = markdown.IndexOf("```csharp", after.Length == 0 ? 0 : markdown.IndexOf(after, StringComparison.Ordinal), StringComparison.Ordinal);
        var end = markdown.IndexOf("```", start + 3, StringComparison.Ordinal);
        end = markdown.IndexOf("```", end + 3, StringComparison.Ordinal); // through the printed output
        end = markdown.IndexOf("```", end + 3, StringComparison.Ordinal);
        return start < 0 ? string.Empty : markdown[start..end];
    }

    [Fact]
    public void Its_metadata_names_the_package_its_license_and_its_repository()
    {
        package.Metadata("id")!.Value.Should().Be("ArticleParser");
        package.Metadata("version")!.Value.Should().StartWith(VersionPrefix());
        package.Metadata("authors")!.Value.Should().NotBeNullOrWhiteSpace();
        package.Metadata("description")!.Value.Should().Contain("headline");
        package.Metadata("tags")!.Value.Split(' ').Should().Contain(["parser", "news"]);

        var license = package.Metadata("license")!;
        license.Attribute("type")!.Value.Should().Be("expression");
        license.Value.Should().Be("MIT");

        var repository = package.Metadata("repository")!;
        repository.Attribute("type")!.Value.Should().Be("git");
        repository.Attribute("url")!.Value.Should().StartWith("https://");
        package.Metadata("projectUrl")!.Value.Should().StartWith("https://");
    }

    [Fact]
    public void It_depends_on_sprache_everywhere_and_on_polyfill_packages_only_for_netstandard2_0()
    {
        var groups = package.Metadata("dependencies")!.Elements()
            .ToDictionary(
                g => g.Attribute("targetFramework")!.Value,
                g => g.Elements().Select(d => d.Attribute("id")!.Value).Order(StringComparer.Ordinal).ToList());

        groups.Keys.Should().BeEquivalentTo("net10.0", "net8.0", ".NETStandard2.0");
        groups["net10.0"].Should().Equal("Sprache");
        groups["net8.0"].Should().Equal("Sprache");
        groups[".NETStandard2.0"].Should().Equal("Microsoft.Bcl.AsyncInterfaces", "Microsoft.Bcl.HashCode", "Sprache", "System.Text.Json");
        groups.Values.SelectMany(ids => ids).Should().NotContain("PolySharp", "the polyfill generator is a build-time tool");
    }

    [Fact]
    public void Each_assembly_targets_its_framework_and_the_modern_ones_are_trimmable_and_aot_compatible()
    {
        foreach (var target in Targets)
        {
            var attributes = AssemblyAttributes(package.Read($"lib/{target}/ArticleParser.dll"));

            var expected = target == "netstandard2.0" ? ".NETStandard,Version=v2.0" : ".NETCoreApp,Version=v" + target[3..];
            attributes.Should().ContainSingle(a => a.Name == "TargetFrameworkAttribute").Which.Value.Should().Be(expected);
            var flags = attributes.Where(a => a.Name == "AssemblyMetadataAttribute").Select(a => a.Value).ToList();
            if (target == "netstandard2.0")
            {
                flags.Should().NotContain("IsTrimmable=True");
            }
            else
            {
                flags.Should().Contain("IsTrimmable=True", "the {0} assembly is trimmable", target);
            }

            if (target == "net10.0")
            {
                // The SDK stamps IsAotCompatible on .NET 9 and later targets only (net8.0 gets the analyzers, not the stamp).
                flags.Should().Contain("IsAotCompatible=True");
            }
        }
    }

    [Fact]
    public void Its_xml_docs_document_the_public_api()
    {
        foreach (var target in Targets)
        {
            var members = XDocument.Parse(Encoding.UTF8.GetString(package.Read($"lib/{target}/ArticleParser.xml")))
                .Descendants("member").Select(m => m.Attribute("name")!.Value).ToList();

            members.Should().Contain([
                "T:ArticleParser.ListingParser",
                "M:ArticleParser.ListingParser.Parse(System.String,ArticleParser.ListingParserOptions)",
                "P:ArticleParser.ListingEntry.Headline",
            ]);
        }
    }

    [Fact]
    public void Its_symbols_package_lies_next_to_it_with_a_portable_pdb_per_target()
    {
        File.Exists(package.SymbolsPath).Should().BeTrue("{0} should be next to the package", Path.GetFileName(package.SymbolsPath));

        foreach (var target in Targets)
        {
            var pdb = PackedLibrary.ReadEntry(package.SymbolsPath, $"lib/{target}/ArticleParser.pdb");
            Encoding.ASCII.GetString(pdb, 0, 4).Should().Be("BSJB", "a portable PDB starts with the metadata signature");
        }
    }

    private static string VersionPrefix() =>
        XDocument.Load(RepositoryRoot.Combine("src", "ArticleParser", "ArticleParser.csproj"))
            .Descendants("VersionPrefix").Single().Value;

    // The assembly's custom attributes whose arguments are strings: (type name, "value" or "key=value").
    private static List<(string Name, string Value)> AssemblyAttributes(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        var result = new List<(string, string)>();
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            var name = reader.GetString(reader.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name);
            if (name is not ("TargetFrameworkAttribute" or "AssemblyMetadataAttribute"))
            {
                continue;
            }

            var blob = reader.GetBlobReader(attribute.Value);
            blob.ReadUInt16(); // prolog
            var value = blob.ReadSerializedString()!;
            if (name == "AssemblyMetadataAttribute")
            {
                value += "=" + blob.ReadSerializedString();
            }

            result.Add((name, value));
        }

        return result;
    }
}

/// <summary>The tests that pack: one at a time, since packs of the two packages build the core library in the same folders.</summary>
[CollectionDefinition(nameof(PackingTests), DisableParallelization = true)]
public sealed class PackingTests;

/// <summary>What a consumer of ArticleParser.Html sees in its package: its own README with the compiled example, and the license.</summary>
[Collection(nameof(PackingTests))]
public sealed class HtmlPackageTests(PackedHtmlLibrary package) : IClassFixture<PackedHtmlLibrary>
{
    [Fact]
    public void It_packs_its_own_readme_and_the_license()
    {
        package.Read("README.md").Should().Equal(File.ReadAllBytes(RepositoryRoot.Combine("src", "ArticleParser.Html", "PACKAGE.md")));
        package.Read("LICENSE").Should().Equal(File.ReadAllBytes(RepositoryRoot.Combine("LICENSE")));
        package.Metadata("readme")!.Value.Should().Be("README.md");
        package.Entries.Should().Contain(["lib/net10.0/ArticleParser.Html.dll", "lib/net8.0/ArticleParser.Html.dll"]);
    }

    [Fact]
    public void Its_readme_links_absolutely_and_shows_the_compiled_html_example()
    {
        var readme = Encoding.UTF8.GetString(package.Read("README.md"));

        // Outside code blocks, whose HTML tags (<main>) are no autolinks.
        var prose = System.Text.RegularExpressions.Regex.Replace(readme, "```.*?```", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
        var links = System.Text.RegularExpressions.Regex.Matches(prose, @"\]\(([^)]*)\)|<([a-z][^<>\s]*)>")
            .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
        links.Should().NotBeEmpty().And.OnlyContain(link => link.StartsWith("https://", StringComparison.Ordinal));
        readme.Should().NotContainAny(["fuzz", "Fuzz", "Contribut", "eng/", ".ci/"]);

        // The example is the repository README's HTML example, which the Html tests' ReadmeExampleTests compile and run.
        var example = PackageTests.ExampleOf(readme);
        example.Should().Contain("HtmlListing.Parse").And.Be(PackageTests.ExampleOf(File.ReadAllText(RepositoryRoot.Combine("README.md")), "<!-- readme-html-example"));
    }
}
