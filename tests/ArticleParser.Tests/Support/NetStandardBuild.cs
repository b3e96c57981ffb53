using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace ArticleParser.Tests.Support;

/// <summary>
/// The library's netstandard2.0 build (copied with its dependencies into the <c>netstandard2.0</c> folder of
/// the test output by the test project) loaded into its own <see cref="AssemblyLoadContext"/>, so that its
/// types are not the net10.0 build's the tests reference. Assemblies that the .NET runtime itself ships
/// (System.Text.Json, System.Memory, ...) bind to the runtime's copy, as they do in any app on .NET;
/// everything else (ArticleParser, Sprache, Microsoft.Bcl.AsyncInterfaces, Microsoft.Bcl.HashCode) loads
/// from that folder into this context.
/// </summary>
public sealed class NetStandardBuild : IDisposable
{
    private readonly IsolatedContext _context;

    public NetStandardBuild()
    {
        Folder = Path.Combine(AppContext.BaseDirectory, "netstandard2.0");
        var path = Path.Combine(Folder, "ArticleParser.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The test build copies the netstandard2.0 build of ArticleParser to {path}; it is missing.", path);
        }

        _context = new IsolatedContext(Folder);
        Assembly = _context.LoadFromAssemblyPath(path);
    }

    public string Folder { get; }

    public Assembly Assembly { get; }

    public AssemblyLoadContext Context => _context;

    public Type Type(string fullName) =>
        Assembly.GetType(fullName, throwOnError: true)!;

    public void Dispose() => _context.Unload();

    private sealed class IsolatedContext(string folder) : AssemblyLoadContext("ArticleParser netstandard2.0", isCollectible: true)
    {
        private static readonly string RuntimeFolder = RuntimeEnvironment.GetRuntimeDirectory();

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var file = assemblyName.Name + ".dll";
            if (File.Exists(Path.Combine(RuntimeFolder, file)))
            {
                return null; // the runtime's own assembly, through the default context
            }

            var path = Path.Combine(folder, file);
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
