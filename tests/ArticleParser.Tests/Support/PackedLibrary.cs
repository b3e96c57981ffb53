using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;

namespace ArticleParser.Tests.Support;

/// <summary>
/// The ArticleParser package as users get it: <c>dotnet pack -c Release</c> of <c>src/ArticleParser</c> into a
/// fresh temporary folder, once for all the tests that read it.
/// </summary>
public class PackedLibrary : IDisposable
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    public PackedLibrary()
        : this("ArticleParser")
    {
    }

    /// <summary>Packs <c>src/NAME/NAME.csproj</c> in Release into a temporary folder.</summary>
    protected PackedLibrary(string name)
    {
        Folder = Directory.CreateTempSubdirectory("articleparser-pack-").FullName;
        var project = RepositoryRoot.Combine("src", name, name + ".csproj");
        // No build servers: a compiler server started here would outlive the test run holding its output pipes.
        var (code, output) = Dotnet(["pack", project, "-c", "Release", "-o", Folder, "--nologo", "--disable-build-servers"]);
        if (code != 0)
        {
            throw new InvalidOperationException($"dotnet pack {project} failed with exit code {code}:{Environment.NewLine}{output}");
        }

        // "ArticleParser.0.1.0-….nupkg", not "ArticleParser.Html.…": the version follows the name.
        PackagePath = Directory.GetFiles(Folder, name + ".*.nupkg").Single(path => char.IsDigit(Path.GetFileName(path)[name.Length + 1]));
        SymbolsPath = Path.ChangeExtension(PackagePath, ".snupkg");
        using var package = ZipFile.OpenRead(PackagePath);
        Entries = package.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        using var nuspec = package.GetEntry(name + ".nuspec")!.Open();
        Nuspec = XDocument.Load(nuspec);
    }

    public string Folder { get; }

    public string PackagePath { get; }

    public string SymbolsPath { get; }

    public IReadOnlyList<string> Entries { get; }

    public XDocument Nuspec { get; }

    /// <summary>The text of the nuspec's <c>metadata/NAME</c> element, or <see langword="null"/>.</summary>
    public XElement? Metadata(string name) =>
        Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements().SingleOrDefault(e => e.Name.LocalName == name);

    public byte[] Read(string entry) => ReadEntry(PackagePath, entry);

    public static byte[] ReadEntry(string zipPath, string entry)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var stream = zip.GetEntry(entry)?.Open() ?? throw new FileNotFoundException($"{entry} is not in {zipPath}");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static (int Code, string Output) Dotnet(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host inherits MSBuild's variables from `dotnet test`; the pack is a build of its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(PackTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} took longer than {PackTimeout}.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>The ArticleParser.Html package, packed once for the tests that inspect it.</summary>
public sealed class PackedHtmlLibrary() : PackedLibrary("ArticleParser.Html");
