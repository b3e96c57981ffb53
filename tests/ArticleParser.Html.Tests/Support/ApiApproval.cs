namespace ArticleParser.Html.Tests.Support;

/// <summary>
/// Compares a generated public API listing with its checked-in baseline in <c>tests/ArticleParser.Html.Tests/PublicApi</c>.
/// On a difference it writes <c>NAME.received.txt</c> next to <c>NAME.approved.txt</c> and fails with the lines
/// that were added and removed; accepting the change means moving the received file over the approved one.
/// </summary>
internal static class ApiApproval
{
    public static string Folder => RepositoryRoot.Combine("tests", "ArticleParser.Html.Tests", "PublicApi");

    public static void Verify(string publicApi, string name)
    {
        var approvedPath = Path.Combine(Folder, name + ".approved.txt");
        var receivedPath = Path.Combine(Folder, name + ".received.txt");
        var received = Normalize(publicApi);
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;

        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Folder);
        File.WriteAllText(receivedPath, received);
        var accept = $"If the change is intended, accept it with:{Environment.NewLine}  mv {receivedPath} {approvedPath}";
        if (approved is null)
        {
            Assert.Fail($"The public API of {name} has no approved baseline yet; it was written to {receivedPath}.{Environment.NewLine}{accept}");
        }

        Assert.Fail(
            $"The public API of {name} differs from {approvedPath}; the new API was written to {receivedPath}.{Environment.NewLine}"
            + Difference(approved!, received) + accept);
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    // A line-level summary, enough to see what changed; a diff tool on the two files shows the context.
    private static string Difference(string approved, string received)
    {
        var before = approved.Split('\n');
        var after = received.Split('\n');
        var removed = before.Except(after, StringComparer.Ordinal).Select(l => "  - " + l);
        var added = after.Except(before, StringComparer.Ordinal).Select(l => "  + " + l);
        var lines = removed.Concat(added).ToList();
        return lines.Count == 0
            ? $"(the same lines in another order){Environment.NewLine}"
            : string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
