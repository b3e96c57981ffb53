using ArticleParser.Tests.Support;

namespace ArticleParser.Fuzz;

/// <summary>
/// The AFL target: each input goes through <see cref="FuzzChecks.Check"/>, which throws (a crash, to afl-fuzz)
/// when ListingParser breaks a promise: no defect is tolerated.
/// </summary>
public static class FuzzTarget
{
    /// <summary>Reads one input (afl-fuzz passes at most 1 MB) and checks it.</summary>
    public static void Run(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        Check(buffer.ToArray());
    }

    public static void Check(byte[] bytes) => FuzzChecks.Check(bytes);
}
