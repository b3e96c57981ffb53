using System.Reflection;
using ArticleParser;
using ArticleParser.Html;

// A user's program: parse one listing (text with the ArticleParser package, an .html page with
// ArticleParser.Html) and print what it found.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: PackageConsumer <listing.txt|page.html>");
    return 2;
}

ListingDocument document;
if (args[0].EndsWith(".html", StringComparison.OrdinalIgnoreCase))
{
    using var page = File.OpenRead(args[0]);
    HtmlListingResult result = HtmlListing.Parse(page);
    document = result.Document;
    Console.Error.WriteLine($"first entry from: {(result.EntrySources.Count > 0 ? result.EntrySources[0].CssPath : "(none)")}");
}
else
{
    document = ListingParser.Parse(File.ReadAllText(args[0]));
}

var package = typeof(ListingParser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"ArticleParser {package}");
Console.WriteLine($"entries: {document.Entries.Count}");
Console.WriteLine($"first headline: {(document.Entries.Count > 0 ? document.Entries[0].Headline : "(none)")}");
return 0;
