using System.Globalization;

namespace ArticleParser.Cli;

/// <summary>
/// Shows one self-overwriting line on standard error while a run takes long: files done of the
/// total, entries found and read throughput. Only used when standard error is a terminal (see
/// <see cref="CliHost.WantsProgress"/>); the caller serializes the calls.
/// </summary>
internal sealed class ProgressDisplay(TextWriter stderr, TimeProvider time, long startTimestamp, int totalFiles)
{
    // Runs shorter than this show nothing; after it the line is redrawn at most this often.
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private long _lastDrawn;
    private int _shownLength;

    /// <summary>Redraws the line if it is due.</summary>
    /// <param name="filesDone">Files parsed or failed so far.</param>
    /// <param name="entries">Entries found so far.</param>
    /// <param name="bytes">Bytes read so far.</param>
    public void Update(int filesDone, long entries, long bytes)
    {
        var now = time.GetTimestamp();
        var elapsed = time.GetElapsedTime(startTimestamp, now);
        if (elapsed < FirstDelay || (_shownLength > 0 && time.GetElapsedTime(_lastDrawn, now) < Interval))
        {
            return;
        }

        var megabytesPerSecond = bytes / 1e6 / Math.Max(elapsed.TotalSeconds, 1e-9);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{CliApp.Prefix}{filesDone}/{totalFiles} files, {CliApp.Count(entries, "entry", "entries")}, {megabytesPerSecond:0.0} MB/s");
        stderr.Write('\r');
        stderr.Write(text);
        if (text.Length < _shownLength)
        {
            stderr.Write(new string(' ', _shownLength - text.Length));
        }

        stderr.Flush();
        _shownLength = Math.Max(text.Length, _shownLength);
        _lastDrawn = now;
    }

    /// <summary>Erases the line, before a message or the summary is written.</summary>
    public void Clear()
    {
        if (_shownLength == 0)
        {
            return;
        }

        stderr.Write('\r');
        stderr.Write(new string(' ', _shownLength));
        stderr.Write('\r');
        stderr.Flush();
        _shownLength = 0;
    }
}
