using System.Text;
using System.Text.Json;
using ArticleParser.Serialization;

namespace ArticleParser.Cli;

/// <summary>
/// Runs the <c>articleparser</c> command: parses a file, every <c>*.txt</c> file of a directory, or
/// standard input, and prints the documents as JSON or JSON Lines.
/// </summary>
internal static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitStrictErrors = 1;
    public const int ExitUsageOrIo = 2;

    public const string Usage =
        "usage: articleparser <file|directory|-> [--format json|jsonl] [--strict]";

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (!CliOptions.TryParse(args, out var options, out var error))
        {
            stderr.WriteLine($"articleparser: {error}");
            stderr.WriteLine(Usage);
            return ExitUsageOrIo;
        }

        if (options.ShowHelp)
        {
            stdout.WriteLine(Usage);
            return ExitOk;
        }

        var parserOptions = new ListingParserOptions { Strict = options.Strict };
        var inputs = ResolveInputs(options.Input, stderr, out var resolveFailed);
        if (inputs is null)
        {
            return ExitUsageOrIo;
        }

        var exitCode = resolveFailed ? ExitUsageOrIo : ExitOk;
        var results = new List<(string Name, ListingDocument Document)>();
        foreach (var input in inputs)
        {
            var code = ParseOne(input, stdin, parserOptions, stderr, out var document);
            exitCode = Math.Max(exitCode, code);
            if (document is not null)
            {
                results.Add((input, document));
            }
        }

        Write(results, options.Format, options.Input != "-" && Directory.Exists(options.Input), stdout);
        return exitCode;
    }

    private static List<string>? ResolveInputs(string input, TextWriter stderr, out bool failed)
    {
        failed = false;
        if (input == "-" || File.Exists(input))
        {
            return [input];
        }

        if (!Directory.Exists(input))
        {
            stderr.WriteLine($"articleparser: '{input}': no such file or directory");
            return null;
        }

        try
        {
            var files = Directory.GetFiles(input, "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            if (files.Length == 0)
            {
                stderr.WriteLine($"articleparser: '{input}': directory holds no *.txt files");
                return null;
            }

            return [.. files];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"articleparser: '{input}': cannot list directory: {e.Message}");
            failed = true;
            return null;
        }
    }

    private static int ParseOne(
        string input, TextReader stdin, ListingParserOptions options, TextWriter stderr, out ListingDocument? document)
    {
        document = null;
        string text;
        try
        {
            text = input == "-" ? stdin.ReadToEnd() : File.ReadAllText(input, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"articleparser: '{input}': cannot read file: {e.Message}");
            return ExitUsageOrIo;
        }

        try
        {
            document = ListingParser.Parse(text, options);
            return ExitOk;
        }
        catch (ListingFormatException e)
        {
            stderr.WriteLine($"{DisplayName(input)}:{e.Line}:{e.Column}: error {e.Code}: {e.Diagnostic?.Message ?? e.Message}");
            return ExitStrictErrors;
        }
    }

    private static void Write(
        List<(string Name, ListingDocument Document)> results, OutputFormat format, bool fromDirectory, TextWriter stdout)
    {
        if (format == OutputFormat.Json && !fromDirectory)
        {
            foreach (var (_, document) in results)
            {
                stdout.WriteLine(ListingJson.Serialize(document));
            }

            return;
        }

        var indented = format == OutputFormat.Json;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (indented)
            {
                writer.WriteStartArray();
            }

            foreach (var (name, document) in results)
            {
                writer.WriteStartObject();
                writer.WriteString("file", DisplayName(name));
                writer.WritePropertyName("document");
                writer.WriteRawValue(ListingJson.Serialize(document, indented: false));
                writer.WriteEndObject();
                if (!indented)
                {
                    writer.Flush();
                    buffer.WriteByte((byte)'\n');
                    writer.Reset();
                }
            }

            if (indented)
            {
                writer.WriteEndArray();
            }
        }

        stdout.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        if (indented)
        {
            stdout.WriteLine();
        }
    }

    private static string DisplayName(string input) => input == "-" ? "<stdin>" : input;
}
