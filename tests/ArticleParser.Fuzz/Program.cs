using System.Globalization;
using ArticleParser.Tests.Support;
using SharpFuzz;

namespace ArticleParser.Fuzz;

/// <summary>
/// Entry point: without arguments, the SharpFuzz loop that afl-fuzz drives (eng/fuzz.sh); with arguments, replays
/// the given files (or every file of the given folders) through the same target and reports each failure.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0)
        {
            Fuzzer.OutOfProcess.Run(FuzzTarget.Run);
            return 0;
        }

        var failures = 0;
        var files = args.SelectMany(a => Directory.Exists(a)
            ? Directory.GetFiles(a, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : (IEnumerable<string>)[a]).ToList();
        foreach (var file in files)
        {
            try
            {
                FuzzTarget.Check(File.ReadAllBytes(file));
            }
            catch (InvariantViolationException exception)
            {
                failures++;
                Console.Error.WriteLine($"{file}: {exception.Message}");
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} inputs replayed, {failures} failed"));
        return failures == 0 ? 0 : 1;
    }
}
