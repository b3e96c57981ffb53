using ArticleParser.Tests.Support;

namespace ArticleParser.Fuzz;

/// <summary>
/// The AFL target: each input goes through <see cref="FuzzChecks.Check"/>, which throws (a crash, to afl-fuzz)
/// when ListingParser breaks a promise. Defects already reported (<see cref="KnownDefects"/>) are set aside so that
/// the fuzzer looks for new ones; ARTICLEPARSER_FUZZ_KNOWN=crash makes them crash too.
/// </summary>
public static class FuzzTarget
{
    private static readonly bool TolerateKnown = Environment.GetEnvironmentVariable("ARTICLEPARSER_FUZZ_KNOWN") != "crash";

    /// <summary>Reads one input (afl-fuzz passes at most 1 MB) and checks it.</summary>
    public static void Run(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        Check(buffer.ToArray());
    }

    public static void Check(byte[] bytes) => FuzzChecks.Check(bytes, TolerateKnown);
}
