using Microsoft.Win32.SafeHandles;

namespace ArticleParser.Cli;

/// <summary>
/// Holds what one run of the command sees of the outside world: the standard streams, whether a
/// progress display and colour are wanted on standard error, and the clock. Tests build one with
/// memory streams and string writers; <c>Program</c> builds one from the console.
/// </summary>
/// <param name="stdin">Standard input, read as bytes for the input <c>-</c> (decoded by the library, like files).</param>
/// <param name="stdout">Standard output: only machine-readable results are written here.</param>
/// <param name="stderr">Standard error: diagnostics, messages, the progress display and the summary line.</param>
internal sealed class CliHost(Stream stdin, Stream stdout, TextWriter stderr)
{
    // Variables that continuous-integration services set; any of them means "no progress display".
    private static readonly string[] CiVariables =
        ["TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TEAMCITY_VERSION", "APPVEYOR", "TRAVIS", "CIRCLECI"];

    /// <summary>Gets standard input.</summary>
    public Stream Stdin { get; } = stdin;

    /// <summary>Gets standard output.</summary>
    public Stream Stdout { get; } = stdout;

    /// <summary>
    /// Gets standard error. A write that fails there (closed with <c>2&gt;&amp;-</c>, or a full disk) is dropped, with
    /// every later one: the messages are lost, but the results and the exit code stay what they would be.
    /// </summary>
    public TextWriter Stderr { get; } = new MessageWriter(stderr);

    /// <summary>Gets a value indicating whether standard error is an interactive terminal that should show progress.</summary>
    public bool ShowProgress { get; init; }

    /// <summary>
    /// Gets a value indicating whether standard input is an interactive terminal (nothing piped or redirected), so that
    /// reading <c>-</c> waits for the user to type and end the input.
    /// </summary>
    public bool StdinIsTerminal { get; init; }

    /// <summary>
    /// Gets a value indicating whether the process was started with standard input closed (<c>articleparser - &lt;&amp;-</c>),
    /// so that reading <c>-</c> has nothing to read: see <see cref="StandardInputWasClosed"/>.
    /// </summary>
    public bool StdinIsClosed { get; init; }

    /// <summary>
    /// Gets a value indicating whether standard input is a pipe or a file (redirected, not closed), so that a command
    /// line that names no input reads it.
    /// </summary>
    public bool StdinIsPiped { get; init; }

    /// <summary>
    /// Tells whether descriptor 0 was closed when the process started: the runtime then takes the free descriptor for a
    /// pipe of its own, and reading it would wait forever. On Linux such a descriptor 0 is a pipe whose write end the
    /// process itself holds (so no end of input can come); a pipe the caller gives has its write end elsewhere.
    /// </summary>
    public static bool StandardInputWasClosed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var stdin = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (stdin is null || !stdin.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return stdin is null && !File.Exists("/proc/self/fd/0") && Directory.Exists("/proc/self/fd");
            }

            foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                if (new FileInfo(fd).LinkTarget == stdin && OpenForWriting(Path.GetFileName(fd)))
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        return false;

        // The access mode is the low two bits of the octal "flags:" line of /proc/self/fdinfo/N: 1 write-only, 2 read-write.
        static bool OpenForWriting(string fd)
        {
            foreach (var line in File.ReadLines("/proc/self/fdinfo/" + fd))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    var octal = line["flags:".Length..].Trim();
                    return octal.Length > 0 && (octal[^1] - '0') % 4 is 1 or 2;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Gets a value indicating whether standard output is an interactive terminal: results written there share the screen
    /// with standard error, so no progress line is drawn between them.
    /// </summary>
    public bool StdoutIsTerminal { get; init; }

    /// <summary>Gets a value indicating whether diagnostics on standard error name their severity in colour.</summary>
    public bool Color { get; init; }

    /// <summary>Gets the clock used for the elapsed time, the throughput and the progress refresh rate.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Opens standard output so that writing to a pipe whose reader has gone (<c>articleparser big.txt | head -1</c>)
    /// fails, and the run can stop: .NET's console stream ignores that error (EPIPE) and would parse on into nothing.
    /// A regular file keeps the console stream, which writes at the file offset it shares with the shell
    /// (a <see cref="FileStream"/> would write at its own).
    /// </summary>
    /// <returns>The standard output stream.</returns>
    public static Stream OpenStandardOutput()
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
                if (!stream.CanSeek)
                {
                    return stream;
                }

                stream.Dispose();
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Standard output is closed or not a file descriptor FileStream can take: the console stream copes.
            }
        }

        return Console.OpenStandardOutput();
    }

    /// <summary>Tells whether a write failed because the reader of the pipe closed it (EPIPE; on Windows, a broken pipe or no data).</summary>
    /// <param name="exception">The failure of a write.</param>
    /// <returns><see langword="true"/> when the reader is gone, which is how <c>| head</c> ends a run, not an error.</returns>
    public static bool IsClosedPipe(Exception exception) =>
        exception is IOException { HResult: var code } && (OperatingSystem.IsWindows()
            ? (code & 0xFFFF) is 109 or 232 // ERROR_BROKEN_PIPE, ERROR_NO_DATA
            : code == 32); // EPIPE on Linux, macOS and the BSDs: .NET gives the errno as the HResult

    /// <summary>
    /// Decides whether progress may be shown: standard error must be a terminal (not redirected to
    /// a pipe or file), the terminal must not be <c>dumb</c>, and no CI service may be detected.
    /// </summary>
    /// <param name="errorRedirected">Whether standard error is redirected (<see cref="Console.IsErrorRedirected"/>).</param>
    /// <param name="getVariable">Reads an environment variable.</param>
    /// <returns><see langword="true"/> when a progress display helps a person watching the terminal.</returns>
    public static bool WantsProgress(bool errorRedirected, Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        return !errorRedirected && getVariable("TERM") != "dumb" && !IsContinuousIntegration(getVariable);
    }

    /// <summary>
    /// Decides whether severities are coloured: standard error must be a terminal that is not <c>dumb</c>,
    /// and <c>NO_COLOR</c> (https://no-color.org) must be unset or empty.
    /// </summary>
    /// <param name="errorRedirected">Whether standard error is redirected.</param>
    /// <param name="getVariable">Reads an environment variable.</param>
    /// <returns><see langword="true"/> when ANSI colours may be written to standard error.</returns>
    public static bool WantsColor(bool errorRedirected, Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        return !errorRedirected && getVariable("TERM") != "dumb" && string.IsNullOrEmpty(getVariable("NO_COLOR"));
    }

    /// <summary>Detects a CI service from its environment variables (<c>CI</c> set to anything but <c>false</c> or <c>0</c>, or a service's own variable).</summary>
    /// <param name="getVariable">Reads an environment variable.</param>
    /// <returns><see langword="true"/> when the process runs under CI.</returns>
    public static bool IsContinuousIntegration(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var ci = getVariable("CI");
        if (!string.IsNullOrEmpty(ci) && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return CiVariables.Any(name => !string.IsNullOrEmpty(getVariable(name)));
    }

    /// <summary>Writes to standard error until a write fails, then writes nothing: a message that cannot be shown is no reason to stop.</summary>
    private sealed class MessageWriter(TextWriter inner) : TextWriter
    {
        private bool _failed;

        public override System.Text.Encoding Encoding => inner.Encoding;

        public override string NewLine
        {
            get => inner.NewLine;
#pragma warning disable CS8765 // the base setter allows null; the inner writer decides what null means
            set => inner.NewLine = value;
#pragma warning restore CS8765
        }

        public override void Write(char value) => Try(() => inner.Write(value));

        public override void Write(string? value) => Try(() => inner.Write(value));

        public override void Write(char[] buffer, int index, int count) => Try(() => inner.Write(buffer, index, count));

        public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

        public override void Flush() => Try(inner.Flush);

        public override string ToString() => inner.ToString() ?? string.Empty;

        private void Try(Action write)
        {
            if (_failed)
            {
                return;
            }

            try
            {
                write();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                _failed = true;
            }
        }
    }
}
