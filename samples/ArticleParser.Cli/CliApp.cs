using System.CommandLine;

namespace ArticleParser.Cli;

/// <summary>
/// Runs the <c>articleparser</c> command: parses files, directories (recursively, filtered by a glob)
/// and standard input, and writes the documents as JSON, JSON Lines or CSV. This is the in-process
/// entry point: <c>Program</c> and the tests call it with their own standard streams.
/// </summary>
internal static class CliApp
{
    /// <summary>No diagnostic reached the <c>--fail-on</c> severity.</summary>
    public const int ExitOk = 0;

    /// <summary>A diagnostic reached the <c>--fail-on</c> severity (by default: an error).</summary>
    public const int ExitDiagnostics = 1;

    /// <summary>A usage error, or an input or the output could not be found, read or written.</summary>
    public const int ExitUsageOrIo = 2;

    /// <summary>
    /// Standard output was closed by its reader before everything was written (<c>| head</c>): the run stopped there,
    /// quietly, with the code a shell reports for a tool that SIGPIPE ends (128 + 13).
    /// </summary>
    public const int ExitClosedPipe = 141;

    /// <summary>Starts every message the command writes about itself on standard error.</summary>
    public const string Prefix = CliCommand.Name + ": ";

    /// <summary>
    /// The usage printed after a usage error: every option and its short form, with <c>|</c> between those that
    /// cannot be combined, in 80 columns.
    /// </summary>
    public static readonly string Usage = string.Join(
        Environment.NewLine,
        "usage: articleparser <file|directory|->... [-f|--format json|jsonl|csv]",
        "         [--fields <list>] [-o|--output <file>] [-p|--pattern <glob>]...",
        "         [--exclude <glob>]... [--input-format text|html|auto]",
        "         [--fail-on error|warning|never | --strict] [-v|--verbose | -q|--quiet]",
        "         [--explain] [--spans] [--indent | --compact] [--max-line-length <n>]",
        "         [--no-metadata] [--no-read-more] [--no-chrome] [--no-separators]",
        "       articleparser -h|-?|--help",
        "       articleparser --version");

    /// <summary>Writes a system message as a clause after a colon: its first letter lower-case, unless it starts an acronym ("IO error", "I/O error").</summary>
    public static string Lower(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && char.IsLower(message[1]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;

    /// <summary>Writes a count with the singular or plural noun, as in <c>1 entry</c> and <c>2 entries</c>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="singular">The noun for one.</param>
    /// <param name="plural">The noun for any other count.</param>
    /// <returns>The count and the noun.</returns>
    public static string Count(long count, string singular, string plural) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>Runs the command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="host">The standard streams, the clock and the terminal facts.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        var cli = new CliCommand(options => new ListingRun(options, host).Execute());
        var parseResult = cli.Parse(args);
        if (host.StdinIsPiped && cli.LacksOnlyInputs(parseResult))
        {
            // No input named and a pipe or a file on standard input: read it, as a filter does (`cat page.txt | articleparser`).
            args = [.. args, "-"];
            parseResult = cli.Parse(args);
        }

        if (cli.FindUsageError(parseResult, args) is { } error)
        {
            host.Stderr.WriteLine(Prefix + error);
            host.Stderr.WriteLine(Usage);
            return ExitUsageOrIo;
        }

        // Help and version text is collected and written with trailing spaces trimmed (System.CommandLine
        // pads wrapped lines), so it is the same text in a terminal, a pipe and the README.
        var helpText = new StringWriter { NewLine = "\n" };
        var exitCode = parseResult.Invoke(new InvocationConfiguration
        {
            Output = helpText,
            Error = host.Stderr,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        });
        if (helpText.GetStringBuilder().Length == 0)
        {
            return exitCode; // the listing run has written and flushed its own output
        }

        try
        {
            using var stdout = new StreamWriter(host.Stdout, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 12, leaveOpen: true)
            {
                NewLine = "\n",
            };
            foreach (var line in helpText.ToString().Split('\n').SkipLast(1))
            {
                stdout.WriteLine(line.TrimEnd());
            }

            stdout.Flush();
        }
        catch (IOException e) when (CliHost.IsClosedPipe(e))
        {
            return ExitClosedPipe;
        }
        catch (IOException e)
        {
            host.Stderr.WriteLine($"{Prefix}'<stdout>': cannot write file: {e.Message}");
            return ExitUsageOrIo;
        }

        return exitCode;
    }
}
