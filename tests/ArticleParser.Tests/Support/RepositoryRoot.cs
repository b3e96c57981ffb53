namespace ArticleParser.Tests.Support;

/// <summary>The clone the tests were built from: the folder above the test output that holds <c>ArticleParser.sln</c>.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ArticleParser.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ArticleParser.sln above {AppContext.BaseDirectory}: run the tests from a clone of the repository.");
    }
}
