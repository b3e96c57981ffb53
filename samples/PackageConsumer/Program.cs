using System.Reflection;
using ArticleParser;

// A user's program: parse one listing with the ArticleParser package and print what it found.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: PackageConsumer <listing.txt>");
    return 2;
}

ListingDocument document = ListingParser.Parse(File.ReadAllText(args[0]));

var package = typeof(ListingParser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"ArticleParser {package}");
Console.WriteLine($"entries: {document.Entries.Count}");
Console.WriteLine($"first headline: {(document.Entries.Count > 0 ? document.Entries[0].Headline : "(none)")}");
return 0;
