using System.Globalization;

namespace ArticleParser.Cli;

/// <summary>
/// Runs one valid command line: resolves the inputs, streams each through
/// <see cref="ListingParser.Enumerate(Stream, ListingParserOptions?)"/> into the output in
/// command-line order (sorted paths within a directory), prints diagnostics compiler-style on
/// standard error, and ends with a summary line. An input that cannot be read is reported and the
/// others go on. HTML pages (<c>--input-format html</c>, a <c>.html</c> or <c>.htm</c> name, or
/// sniffed) are laid out as listing text by ArticleParser.Html first, and that text is parsed.
/// </summary>
internal sealed class ListingRun(CliOptions options, CliHost host)
{
    private const string Reset = "\e[0m";

    private int _files;
    private int _failed;
    private int _sources;
    private int _missing; // files named on the command line that do not exist: the summary counts them as failed
    private bool _outputFailed;
    private long _entries;
    private long _errors;
    private long _warnings;
    private long _infos;
    private long _bytes;
    private bool _ioFailed;
    private ProgressDisplay? _progress;

    /// <summary>Runs the command.</summary>
    /// <returns>The exit code: 0, 1 (a diagnostic at or above <c>--fail-on</c>) or 2 (an input or the output failed).</returns>
    public int Execute()
    {
        var started = host.Time.GetTimestamp();
        var resolution = InputResolver.Resolve(
            options.Inputs, new Glob(options.Patterns, options.Excludes), options.WritesToStandardOutput ? null : options.Output, host.Stderr);
        if (resolution.Sources.Count == 0)
        {
            return CliApp.ExitUsageOrIo; // every input was reported already; there is nothing to write
        }

        WarnOfUnusedGlobs(resolution);
        _ioFailed = resolution.Failed;
        _sources = resolution.Sources.Count;
        _missing = resolution.Missing;
        var outputName = options.WritesToStandardOutput ? "<stdout>" : options.Output!;
        if (OpenOutput(resolution.Sources, outputName) is not { } target)
        {
            return CliApp.ExitUsageOrIo;
        }

        // Results on the terminal itself would be interleaved with the progress line: it is drawn only beside a pipe or file.
        if (host.ShowProgress && !options.Quiet && !(options.WritesToStandardOutput && host.StdoutIsTerminal))
        {
            _progress = new ProgressDisplay(host.Stderr, host.Time, started, resolution.Sources.Count);
        }

        if (!WriteAll(resolution, target, outputName))
        {
            return CliApp.ExitClosedPipe;
        }

        _progress?.Clear();
        if (!options.Quiet && _files > _failed)
        {
            // When no input could be read (missing, unreadable, a closed standard input), the messages say it all.
            host.Stderr.WriteLine(Summary(host.Time.GetElapsedTime(started)));
        }

        return _ioFailed ? CliApp.ExitUsageOrIo
            : Fails() ? CliApp.ExitDiagnostics
            : CliApp.ExitOk;
    }

    // --pattern and --exclude pick among the files found in a directory: with files and - alone they do nothing,
    // and saying so spares a user who expected them to filter the files given.
    private void WarnOfUnusedGlobs(InputResolver.Resolution resolution)
    {
        var globs = (options.PatternsGiven ? options.Patterns.Select(p => $"--pattern '{p}'") : [])
            .Concat(options.Excludes.Select(e => $"--exclude '{e}'"))
            .ToList();
        if (globs.Count > 0 && !resolution.SearchedDirectories)
        {
            var list = globs.Count == 1 ? globs[0] : string.Join(", ", globs.SkipLast(1)) + " and " + globs[^1];
            host.Stderr.WriteLine(globs.Count == 1
                ? $"{CliApp.Prefix}warning: {list} has no effect: it applies to the files found in a directory, and no input is a directory"
                : $"{CliApp.Prefix}warning: {list} have no effect: they apply to the files found in a directory, and no input is a directory");
        }
    }

    // Standard output, or the --output file created (emptied); null, with the reason written, when it cannot be.
    private Stream? OpenOutput(IReadOnlyList<InputSource> sources, string outputName)
    {
        if (options.WritesToStandardOutput)
        {
            return host.Stdout;
        }

        if (sources.Any(s => !s.IsStandardInput && SamePath(s.Path, outputName)))
        {
            // Opening the output would empty the input before it is read.
            host.Stderr.WriteLine($"{CliApp.Prefix}'{outputName}': is an input, so it cannot be the output too");
            return null;
        }

        try
        {
            return new FileStream(outputName, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            host.Stderr.WriteLine($"{CliApp.Prefix}'{outputName}': cannot create file: {WhyNotCreated(e, outputName)}");
            return null;
        }
    }

    // Parses every input into the output and closes an output file; false when the reader of standard output closed it.
    private bool WriteAll(InputResolver.Resolution resolution, Stream target, string outputName)
    {
        var outputFailed = false;
        try
        {
            var output = new OutputStream(target);
            using var writer = ResultWriter.Create(options, output, resolution.IsSingleDocument);
            writer.Start();
            foreach (var source in resolution.Sources)
            {
                ParseOne(source, writer);
            }

            writer.End();
        }
        catch (OutputFailedException e) when (CliHost.IsClosedPipe(e.InnerException!))
        {
            // The reader has read what it wanted (`| head -1`): stop at once and without a word, as a tool
            // that SIGPIPE ends does, and with its exit code.
            _progress?.Clear();
            return false;
        }
        catch (OutputFailedException e)
        {
            outputFailed = true;
            _progress?.Clear();
            host.Stderr.WriteLine($"{CliApp.Prefix}'{outputName}': cannot write file: {WhyNotWritten(e.InnerException ?? e, outputName)}");
        }
        finally
        {
            if (!ReferenceEquals(target, host.Stdout))
            {
                outputFailed |= !Close(target, outputName, outputFailed);
            }
        }

        _ioFailed |= outputFailed;
        _outputFailed = outputFailed;
        return true;
    }

    // Closes the output file; false when its last buffered bytes could not be written.
    private bool Close(Stream target, string outputName, bool failedBefore)
    {
        try
        {
            target.Dispose();
            return true;
        }
        catch (IOException e)
        {
            // When a write failed before, that was said once already.
            if (!failedBefore)
            {
                host.Stderr.WriteLine($"{CliApp.Prefix}'{outputName}': cannot write file: {WhyNotWritten(e, outputName)}");
            }

            return false;
        }
    }

    // .NET's messages name the path again ("Could not find a part of the path '…'"); say what is wrong with it instead.
    private static string WhyNotCreated(Exception e, string path) => e switch
    {
        DirectoryNotFoundException => $"no such directory '{Path.GetDirectoryName(Path.GetFullPath(path))}'",
        UnauthorizedAccessException when Directory.Exists(path) => "it is a directory",
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException => "no such file or directory",
        _ => WithoutPath(e.Message, path),
    };

    // Why writing failed, in the words of the system less the path the message starts with already.
    private static string WhyNotWritten(Exception e, string path) => e switch
    {
        UnauthorizedAccessException when path == "<stdout>" => "standard output is closed or may not be written (the command was started with '>&-' or its like)",
        UnauthorizedAccessException => "permission denied",
        _ => WithoutPath(e.Message, path),
    };

    // .NET's messages end with the path (" : '/dev/full'") or name it ("the path '/x'"), which the message starts with.
    // A relative path comes back whole in the message.
    internal static string WithoutPath(string message, string path)
    {
        foreach (var named in new[] { path, Path.GetFullPath(path) })
        {
            message = message.Replace($" : '{named}'", string.Empty, StringComparison.Ordinal).Replace($" '{named}'", string.Empty, StringComparison.Ordinal);
        }

        return message.TrimEnd('.', ' ');
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private bool Fails() => options.FailOn switch
    {
        FailOn.Error => _errors > 0,
        FailOn.Warning => _errors + _warnings > 0,
        _ => false,
    };

    private void ParseOne(InputSource source, ResultWriter writer)
    {
        _files++;
        if (source.IsStandardInput && host.StdinIsTerminal)
        {
            // Nothing is piped in: without a word, the run would seem to hang while it waits for the terminal.
            _progress?.Clear();
            host.Stderr.WriteLine(OperatingSystem.IsWindows()
                ? $"{CliApp.Prefix}reading the listing from the terminal: paste or type it, then press Ctrl+Z and Enter"
                : $"{CliApp.Prefix}reading the listing from the terminal: paste or type it, then press Ctrl+D");
        }

        if (source.IsStandardInput && host.StdinIsClosed)
        {
            ReadFailed(source, new IOException("standard input is closed (the command was started with '<&-' or its like); pipe the listing in or name a file"));
            return;
        }

        Stream opened;
        long length;
        try
        {
            opened = source.Open(host.Stdin, out length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReadFailed(source, e);
            return;
        }

        var name = source.DisplayName;
        var seen = new InputFacts();
        var parserOptions = ParserOptions(name, writer, seen);
        writer.BeginFile(name);
        long index = 0;
        try
        {
            var input = opened;
            var html = source.IsHtml(options.InputFormat, ref input, out var textDespiteName);
            if (textDespiteName)
            {
                host.Stderr.WriteLine($"{CliApp.Prefix}warning: {name}: named as an HTML page, but it holds no tag, so it is read as listing text (give --input-format html to read it as HTML)");
            }

            var entries = html ? ReadHtml(input, name, parserOptions, writer) : ListingParser.Enumerate(input, parserOptions);
            foreach (var entry in entries)
            {
                writer.Entry(entry, ++index);
                _entries++;
                if ((index & 0xFFF) == 0)
                {
                    _progress?.Update(_files - 1, _entries, _bytes);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // What was parsed before the failure is written; the output stays well-formed.
            ReadFailed(source, e);
        }
        finally
        {
            if (!ReferenceEquals(opened, host.Stdin))
            {
                opened.Dispose();
            }
        }

        writer.EndFile();
        if (options.Explain)
        {
            Explain(name, seen.Layouts, seen.NoListing, seen.Unread ? "the input is not text (AP104), so nothing was parsed" : index == 0 && seen.Blocks == 0 ? "the input holds no text" : null);
        }

        _bytes += length;
        _progress?.Update(_files, _entries, _bytes);
    }

    // The parser options of one input: blocks and diagnostics stream to the writer (diagnostics to standard error too),
    // and what --explain says afterwards is collected in seen.
    private ListingParserOptions ParserOptions(string name, ResultWriter writer, InputFacts seen) => options.Parser with
    {
        Strict = false,
        OnNonEntryBlock = block =>
        {
            seen.Blocks++;
            writer.Block(block);
        },
        OnDiagnostic = diagnostic =>
        {
            seen.NoListing = diagnostic.Code == DiagnosticCodes.NotAListing ? diagnostic.Message : seen.NoListing;
            seen.Unread |= diagnostic.Code == DiagnosticCodes.NotText;
            Report(name, diagnostic);
            writer.Diagnostic(diagnostic);
        },
        OnLayout = options.Explain ? seen.Layouts.Add : null,
    };

    // An HTML page is read whole by ArticleParser.Html, which lays it out as listing text; that text is
    // then parsed as the document, with the same streaming callbacks as a text input. The front end's
    // own diagnostics (AP201-AP203, whose line and column point into the HTML) come first.
    private IEnumerable<ListingEntry> ReadHtml(Stream input, string name, ListingParserOptions parserOptions, ResultWriter writer)
    {
        var page = Html.HtmlListing.Parse(input, new Html.HtmlListingOptions { ParserOptions = options.Parser with { Strict = false } });
        foreach (var diagnostic in page.Diagnostics)
        {
            // Through the same callback as the parser's own diagnostics, so that --explain knows an AP104 too.
            parserOptions.OnDiagnostic!(diagnostic);
        }

        // A page that is not text (AP104) has no text to parse, and nothing more is said about it, as for a text input.
        return page.Diagnostics.Any(d => d.Code == DiagnosticCodes.NotText)
            ? []
            : ListingParser.Enumerate(new StringReader(page.Text), parserOptions);
    }

    private void ReadFailed(InputSource source, Exception e)
    {
        _failed++;
        _ioFailed = true;
        _progress?.Clear();
        host.Stderr.WriteLine($"{CliApp.Prefix}'{source.DisplayName}': cannot read file: {CliApp.Lower(WithoutPath(e.Message, source.DisplayName))}");
    }

    // --explain: what the layout stage read the input as, in the diagnostics' compiler style.
    private void Explain(string name, List<ListingLayout> layouts, string? noListing, string? nothingRead)
    {
        _progress?.Clear();
        var label = host.Color ? "\e[1;35mlayout" + Reset : "layout";
        foreach (var layout in layouts)
        {
            host.Stderr.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}:{layout.Span.Line}:{layout.Span.Column}: {label}: {layout.Template} ({CliApp.Count(layout.Records, "record", "records")} from here)"));
        }

        if (layouts.Count == 0)
        {
            host.Stderr.WriteLine(nothingRead is not null ? $"{name}: {label}: none: {nothingRead}"
                : noListing is not null
                ? $"{name}: {label}: none: {NoListingReason(noListing)} (AP007), so no entries were formed"
                : $"{name}: {label}: none: no record template repeats at least three times, so the local rules read each line against its neighbours");
        }
    }

    /// <summary>Says in a few words why the page is no listing: prose, an interview, an FAQ, a letter, or no template and not the seeds' format (the AP007 message says which).</summary>
    private static string NoListingReason(string message) => message.Contains("prose paragraphs", StringComparison.Ordinal)
        ? "the text reads as prose, not as a listing"
        : message.Contains("dash of dialogue", StringComparison.Ordinal) ? "the text reads as an interview, not as a listing"
        : message.Contains("(an FAQ)", StringComparison.Ordinal) ? "the text reads as questions and answers (an FAQ), not as a listing"
        : message.Contains("found a letter", StringComparison.Ordinal) ? "the text reads as a letter (an appeal, a notice), not as a listing"
        : "no record template repeats and the text is not in the headline / blank line / teaser format either: no listing";

    // Compiler style, so editors and CI annotate the line: path:line:column: severity CODE: message.
    private void Report(string name, ListingDiagnostic diagnostic)
    {
        var (severity, color) = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => ("error", "\e[1;31m"),
            DiagnosticSeverity.Warning => ("warning", "\e[1;33m"),
            _ => ("info", "\e[1;36m"),
        };
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                _errors++;
                break;
            case DiagnosticSeverity.Warning:
                _warnings++;
                break;
            default:
                _infos++;
                // Info stays quiet without --verbose, except the note that says why an input gave no entry at all.
                if (!options.Verbose && (options.Quiet || diagnostic.Code is not (DiagnosticCodes.NoEntries or DiagnosticCodes.NotAListing)))
                {
                    return;
                }

                break;
        }

        _progress?.Clear();
        var label = host.Color ? color + severity + Reset : severity;
        host.Stderr.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}:{diagnostic.Span.Line}:{diagnostic.Span.Column}: {label} {diagnostic.Code}: {diagnostic.Message}"));
    }

    private string Summary(TimeSpan elapsed)
    {
        var failed = _failed + _missing > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({_failed + _missing} failed)") : "";
        var counts = new List<string>
        {
            CliApp.Count(_files + _missing, "file", "files") + failed,
            CliApp.Count(_entries, "entry", "entries"),
            CliApp.Count(_errors, "error", "errors"),
            CliApp.Count(_warnings, "warning", "warnings"),
        };
        if (options.Verbose)
        {
            counts.Add(CliApp.Count(_infos, "info", "info"));
        }

        // A failed output stops the run: the counts are of what was parsed, not of what the output holds.
        var stopped = !_outputFailed ? ""
            : _files < _sources ? string.Create(CultureInfo.InvariantCulture, $"; stopped after {_files} of {_sources} files: the output could not be written, so it is incomplete")
            : "; the output could not be written, so it is incomplete";
        return string.Create(CultureInfo.InvariantCulture, $"{CliApp.Prefix}{string.Join(", ", counts)} in {elapsed.TotalSeconds:0.00} s{stopped}");
    }

    /// <summary>What parsing one input showed, for <c>--explain</c>.</summary>
    private sealed class InputFacts
    {
        /// <summary>Gets the record templates the layout stage inferred.</summary>
        public List<ListingLayout> Layouts { get; } = [];

        /// <summary>Gets or sets the message of the AP007 (no listing) diagnostic, if there was one.</summary>
        public string? NoListing { get; set; }

        /// <summary>Gets or sets the number of non-entry blocks.</summary>
        public int Blocks { get; set; }

        /// <summary>Gets or sets a value indicating whether the input was not text (AP104) and so not parsed.</summary>
        public bool Unread { get; set; }
    }
}
