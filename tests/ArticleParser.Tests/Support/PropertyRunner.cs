using CsCheck;

namespace ArticleParser.Tests.Support;

/// <summary>
/// Runs a CsCheck property over a fixed, reproducible sequence of cases, and lets CsCheck shrink and print a failure.
/// </summary>
/// <remarks>
/// CsCheck's <c>seed</c> argument fixes only the first case of a <c>Sample</c> run; the others come from
/// per-thread generators seeded by the clock. So the cases are drawn here from one <see cref="PCG"/> built
/// from a fixed seed: every run, on every machine, checks the same inputs. When one fails, its seed is
/// handed to <c>Gen.Sample</c>, which replays it and then searches for smaller failing inputs (shrinking)
/// and throws with the smallest one printed and the seed that reproduces it.
/// </remarks>
public static class PropertyRunner
{
    private const int ShrinkIterations = 20_000;

    private static long s_total;

    /// <summary>Gets how many property cases all properties have checked in this process.</summary>
    public static long TotalCases => Interlocked.Read(ref s_total);

    /// <summary>Checks <paramref name="property"/> on <paramref name="cases"/> inputs drawn from <paramref name="seed"/>; returns the count.</summary>
    public static int Run<T>(Gen<T> gen, Action<T> property, ulong seed, int cases, Func<T, string> print)
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(property);
        var master = new PCG(1, seed);
        for (var i = 0; i < cases; i++)
        {
            var pcg = new PCG(master.Next() | 1, master.Next64());
            var caseSeed = pcg.ToString();
            var value = gen.Generate(pcg, null, out _);
            try
            {
                property(value);
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                // Replays the case from its seed, then shrinks; throws a CsCheckException naming the smallest failing input.
                gen.Sample(property, seed: caseSeed, iter: ShrinkIterations, threads: 2, print: print);
                throw new InvalidOperationException(
                    $"Case {i} (seed \"{caseSeed}\") failed but did not fail again when replayed: {print(value)}", failure);
            }

            Interlocked.Increment(ref s_total);
        }

        return cases;
    }
}
