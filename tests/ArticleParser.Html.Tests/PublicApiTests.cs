using ArticleParser.Html.Tests.Support;
using PublicApiGenerator;

namespace ArticleParser.Html.Tests;

/// <summary>
/// The public API of ArticleParser.Html is a checked-in baseline (<c>PublicApi/ArticleParser.Html.approved.txt</c>):
/// any change fails here until the baseline is updated in the same commit.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new()
    {
        ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
    };

    [Fact]
    public void Public_api_matches_the_approved_baseline()
    {
        var api = typeof(HtmlListing).Assembly.GeneratePublicApi(Options);

        ApiApproval.Verify(api, "ArticleParser.Html");
    }
}
