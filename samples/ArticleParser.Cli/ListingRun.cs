using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ArticleParser.Cli;

/// <summary>
/// Runs one valid command line: resolves the inputs, parses the files in parallel, writes the
/// results in input order (sorted paths within a directory) and reports failures, progress and a
/// summary on standard error. A file that cannot be read or fails in strict mode is reported and
/// the others go on.
/// </summary>
internal sealed class ListingRun
{
    private readonly CliOptions _options;
    private readonly CliHost _host;
    private readonly ListingParserOptions _parserOptions;
    private readonly Lock _gate = new();

    // Everything below is guarded by _gate.
    private FileOutcome?[] _pending = [];
    private int _next;
    private int _done;
    private int _failed;
    private int _written;
    private long _entries;
    private long _diagnostics;
    private long _bytes;
    private int _exitCode;
    private bool _writeFailed;
    private ProgressDisplay? _progress;

    /// <summary>Initializes a run.</summary>
    /// <param name="options">The validated command line.</param>
    /// <param name="host">The standard streams, the clock and the terminal facts.</param>
    public ListingRun(CliOptions options, CliHost host)
    {
        _options = options;
        _host = host;
        _parserOptions = new ListingParserOptions { Strict = options.Strict };
    }

    /// <summary>Runs the command.</summary>
    /// <returns>The exit code: 0, 1 (strict-mode errors) or 2 (an input or the output failed).</returns>
    public int Execute()
    {
        var started = _host.Time.GetTimestamp();
        var resolution = InputResolver.Resolve(
            _options.Inputs, new Glob(_options.Pattern), _options.WritesToStandardOutput ? null : _options.Output, _host.Stderr);
        if (resolution.Sources.Count == 0)
        {
            return CliApp.ExitUsageOrIo; // every input was reported already; there is nothing to write
        }

        _exitCode = resolution.Failed ? CliApp.ExitUsageOrIo : CliApp.ExitOk;
        var outputName = _options.WritesToStandardOutput ? "<stdout>" : _options.Output!;
        if (!_options.WritesToStandardOutput && resolution.Sources.Any(s => !s.IsStandardInput && SamePath(s.Path, outputName)))
        {
            // Opening the output would empty the input before it is read.
            _host.Stderr.WriteLine($"{CliApp.Prefix}'{outputName}': is an input, so it cannot be the output too");
            return CliApp.ExitUsageOrIo;
        }

        TextWriter output;
        try
        {
            output = _options.WritesToStandardOutput
                ? _host.Stdout
                : new StreamWriter(_options.Output!, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _host.Stderr.WriteLine($"{CliApp.Prefix}'{outputName}': cannot write file: {e.Message}");
            return CliApp.ExitUsageOrIo;
        }

        if (_host.ShowProgress && !_options.Quiet)
        {
            _progress = new ProgressDisplay(_host.Stderr, _host.Time, started, resolution.Sources.Count);
        }

        var format = ResultFormat.Create(_options.Format, resolution.IsSingleDocument);
        try
        {
            format.WriteStart(output);
            ParseAll(resolution.Sources, format, output);
            if (!_writeFailed)
            {
                format.WriteEnd(output, _written);
                output.Flush();
            }
        }
        catch (IOException e)
        {
            WriteFailed(outputName, e);
        }
        finally
        {
            if (!ReferenceEquals(output, _host.Stdout))
            {
                DisposeQuietly(output);
            }
        }

        _progress?.Clear();
        if (!_options.Quiet)
        {
            _host.Stderr.WriteLine(Summary(_host.Time.GetElapsedTime(started)));
        }

        return _exitCode;

        void DisposeQuietly(TextWriter writer)
        {
            try
            {
                writer.Dispose();
            }
            catch (IOException e) when (!_writeFailed)
            {
                WriteFailed(outputName, e);
            }
            catch (IOException)
            {
                // The failure was reported already.
            }
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private void ParseAll(IReadOnlyList<InputSource> sources, ResultFormat format, TextWriter output)
    {
        _pending = new FileOutcome?[sources.Count];
        // NoBuffering hands out the files one at a time in order, so finished files rarely wait
        // long for an earlier one before they can be written.
        var indices = Partitioner.Create(Enumerable.Range(0, sources.Count), EnumerablePartitionerOptions.NoBuffering);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _host.MaxParallelism) };
        Parallel.ForEach(indices, parallel, (index, loop) =>
        {
            var outcome = ParseOne(sources[index], format);
            if (!Complete(index, outcome, format, output))
            {
                loop.Stop();
            }
        });
    }

    private FileOutcome ParseOne(InputSource source, ResultFormat format)
    {
        long bytes = 0;
        ListingDocument document;
        try
        {
            // Files go through the library's byte decoding, so invalid UTF-8 and binary files are reported.
            document = source.Parse(_host.Stdin, _parserOptions, _options.InputFormat, out bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileOutcome.Failure(CliApp.ExitUsageOrIo, $"{CliApp.Prefix}'{source.DisplayName}': cannot read file: {e.Message}");
        }
        catch (ListingFormatException e)
        {
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"{source.DisplayName}:{e.Line}:{e.Column}: error {e.Code}: {e.Diagnostic?.Message ?? e.Message}");
            return FileOutcome.Failure(CliApp.ExitStrictErrors, message) with { Diagnostics = 1, Bytes = bytes };
        }

        return new FileOutcome(CliApp.ExitOk, null, format.Render(source.DisplayName, document))
        {
            Entries = document.Entries.Count,
            Diagnostics = document.Diagnostics.Count,
            Bytes = bytes,
        };
    }

    // Called by the workers as files finish, in any order; writes every outcome whose
    // predecessors are all written. Returns false once the output cannot be written.
    private bool Complete(int index, FileOutcome outcome, ResultFormat format, TextWriter output)
    {
        lock (_gate)
        {
            _done++;
            _entries += outcome.Entries;
            _diagnostics += outcome.Diagnostics;
            _bytes += outcome.Bytes;
            _pending[index] = outcome;
            while (_next < _pending.Length && _pending[_next] is { } ready)
            {
                _pending[_next++] = null;
                Emit(ready, format, output);
            }

            _progress?.Update(_done, _entries, _bytes);
            return !_writeFailed;
        }
    }

    private void Emit(FileOutcome outcome, ResultFormat format, TextWriter output)
    {
        _exitCode = Math.Max(_exitCode, outcome.ExitCode);
        if (outcome.Message is not null)
        {
            _failed++;
            _progress?.Clear();
            _host.Stderr.WriteLine(outcome.Message);
        }

        if (outcome.Rendered is null || _writeFailed)
        {
            return;
        }

        try
        {
            format.WriteItem(output, outcome.Rendered, first: _written == 0);
            _written++;
        }
        catch (IOException e)
        {
            WriteFailed(_options.WritesToStandardOutput ? "<stdout>" : _options.Output!, e);
        }
    }

    private void WriteFailed(string outputName, IOException e)
    {
        _writeFailed = true;
        _exitCode = CliApp.ExitUsageOrIo;
        _progress?.Clear();
        _host.Stderr.WriteLine($"{CliApp.Prefix}'{outputName}': cannot write file: {e.Message}");
    }

    private string Summary(TimeSpan elapsed)
    {
        var failed = _failed > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({_failed} failed)") : "";
        var counts = string.Join(
            ", ",
            CliApp.Count(_done, "file", "files") + failed,
            CliApp.Count(_entries, "entry", "entries"),
            CliApp.Count(_diagnostics, "diagnostic", "diagnostics"));
        return string.Create(CultureInfo.InvariantCulture, $"{CliApp.Prefix}{counts} in {elapsed.TotalSeconds:0.00} s");
    }

    /// <summary>What parsing one file produced: its rendered output or a message, and its counts.</summary>
    private sealed record FileOutcome(int ExitCode, string? Message, string? Rendered)
    {
        public int Entries { get; init; }

        public int Diagnostics { get; init; }

        public long Bytes { get; init; }

        public static FileOutcome Failure(int exitCode, string message) => new(exitCode, message, null);
    }
}
