using ArticleParser.Tests.Support;
using FluentAssertions;

namespace ArticleParser.Tests;

/// <summary>
/// Every input the fuzzer (eng/fuzz.sh) ever found crashing or hanging is checked in under Corpus/fuzz-regressions
/// and put through the same checks as the fuzz target, for good.
/// </summary>
public sealed class FuzzRegressionTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var path in Files())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_fuzz_regression_input_keeps_every_promise(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, name));

        var act = () => FuzzChecks.Check(bytes);

        act.Should().NotThrow("the fuzzer's input {0} must break no promise, streaming and limits included", name);
    }

    [Fact]
    public void The_folder_holds_inputs()
    {
        Files().Should().NotBeEmpty("every crash the fuzzer found is checked in here");
    }

    private static string Folder => Path.Combine(CorpusCase.Root, "fuzz-regressions");

    private static IEnumerable<string> Files() =>
        Directory.GetFiles(Folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
