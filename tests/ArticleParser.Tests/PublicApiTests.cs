using ArticleParser.Tests.Support;
using PublicApiGenerator;

namespace ArticleParser.Tests;

/// <summary>
/// The public API is a checked-in baseline (<c>PublicApi/*.approved.txt</c>): any change to it, intended or
/// not, fails here until the baseline is updated in the same commit, where a reviewer sees it.
/// </summary>
public sealed class PublicApiTests
{
    internal static readonly ApiGeneratorOptions Options = new()
    {
        // Assembly-level build facts are not API: the target framework, and metadata such as the
        // repository URL (overridable per build) or IsTrimmable (checked on the package by PackageTests).
        ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
    };

    [Fact]
    public void Public_api_matches_the_approved_baseline()
    {
        var api = typeof(ListingParser).Assembly.GeneratePublicApi(Options);

        ApiApproval.Verify(api, "ArticleParser");
    }
}
