using Xunit.Sdk;

namespace ArticleParser.Tests.Support;

/// <summary>
/// Runs work on large inputs under a generous time bound, so that a superlinear slowdown (work per line that grows
/// with the input) fails the test that meets it, names the input and lets the suite go on, instead of hanging CI.
/// </summary>
/// <remarks>
/// .NET cannot stop a thread from outside, so the work runs on a background thread of its own: when the bound
/// passes, the test fails and that thread is left to finish or to die with the test host. The bounds are 10–30×
/// what the work takes in the Debug build on a shared two-core machine, so only a defect reaches them; the
/// test project's blame-hang timeout (<c>VSTestBlameHangTimeout</c>) ends the run if anything else stalls.
/// </remarks>
public static class TimeBound
{
    /// <summary>The bound for one parse of a few megabytes, which takes well under 5 s in the Debug build.</summary>
    public static readonly TimeSpan Parse = TimeSpan.FromSeconds(90);

    /// <summary>The bound for a stream of hundreds of megabytes, which takes some 20 s in the Debug build.</summary>
    public static readonly TimeSpan Stream = TimeSpan.FromSeconds(300);

    /// <summary>Runs <paramref name="work"/> and returns its result, or fails when it takes longer than <paramref name="bound"/>.</summary>
    public static T Within<T>(TimeSpan bound, string what, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (Task.WaitAny([task], bound) < 0) // WaitAny, unlike Wait, does not wrap a failed assertion in an AggregateException
        {
            throw new TimeBoundExceededException(
                $"{what} did not finish within {bound.TotalSeconds:F0} s, some 10–30 times what it takes: a slowdown that grows faster than "
                + "the input (quadratic work per line?) is a defect, so the test fails here instead of waiting; the work goes on in the background.");
        }

        return task.GetAwaiter().GetResult();
    }

    /// <summary>Runs <paramref name="work"/>, or fails when it takes longer than <paramref name="bound"/>.</summary>
    public static void Within(TimeSpan bound, string what, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Within(bound, what, () =>
        {
            work();
            return true;
        });
    }
}

/// <summary>Work under a <see cref="TimeBound"/> took longer than its bound.</summary>
public sealed class TimeBoundExceededException(string message) : XunitException(message);
