using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;

namespace ArticleParser.Cli;

/// <summary>
/// Declares the <c>articleparser</c> command line with System.CommandLine: the inputs argument, the
/// options, <c>--help</c> (with the exit codes) and <c>--version</c>, and turns parse errors into
/// one-line messages.
/// </summary>
internal sealed class CliCommand
{
    /// <summary>The command name users type (the .NET tool's command name).</summary>
    public const string Name = "articleparser";

    /// <summary>The width help text is wrapped to, whatever the terminal, so the README can show it verbatim.</summary>
    public const int HelpWidth = 80;

    private const string FormatValues = "json, jsonl or csv";

    private const string InputFormatValues = "text, html or auto";

    /// <summary>Initializes the command; <paramref name="run"/> is called with the options when the command line is valid.</summary>
    /// <param name="run">Parses the inputs and returns the exit code.</param>
    public CliCommand(Func<CliOptions, int> run)
    {
        Inputs = new Argument<string[]>("file|directory|-")
        {
            Description = "Listings to parse: files, directories (searched recursively for files that "
                + "match --pattern), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        Format = new Option<string>("--format", "-f")
        {
            Description = "json: the document of a single input, else an array of {file, document}; "
                + "jsonl: one {file, document} per line; csv: one row per entry.",
            HelpName = "json|jsonl|csv",
            DefaultValueFactory = _ => "json",
        };
        Format.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && ParseFormat(result.Tokens[0].Value) is null)
            {
                result.AddError($"unknown format '{result.Tokens[0].Value}': expected {FormatValues}");
            }
        });
        Output = new Option<string>("--output", "-o")
        {
            Description = "Write the results to this file instead of standard output.",
            HelpName = "file",
        };
        Pattern = new Option<string>("--pattern", "-p")
        {
            Description = "The files of a directory to parse: * and ? match within a name, ** spans "
                + "folders; a pattern with / matches the path below the directory.",
            HelpName = "glob",
            DefaultValueFactory = _ => CliOptions.DefaultPattern,
        };
        Pattern.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && string.IsNullOrWhiteSpace(result.Tokens[0].Value))
            {
                result.AddError("--pattern must not be empty");
            }
        });
        InputFormatOption = new Option<string>("--input-format")
        {
            Description = "text: listing text; html: an HTML page; auto: HTML for .html and .htm files "
                + "and input that looks like HTML, text otherwise.",
            HelpName = "text|html|auto",
            DefaultValueFactory = _ => "auto",
        };
        InputFormatOption.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && ParseInputFormat(result.Tokens[0].Value) is null)
            {
                result.AddError($"unknown input format '{result.Tokens[0].Value}': expected {InputFormatValues}");
            }
        });
        Strict = new Option<bool>("--strict")
        {
            Description = "Fail a file at its first warning or error, reported as file:line:column.",
        };
        Quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No summary line or progress on standard error.",
        };

        Command = new Command(Name, "Parses the text of copied or scraped news listings into records of image "
            + "caption, headline and teaser.")
        {
            Inputs,
            Format,
            Output,
            Pattern,
            InputFormatOption,
            Strict,
            Quiet,
            new HelpOption { Action = new HelpWithExitCodesAction() },
            new VersionOption { Action = new PrintVersionAction() },
        };
        Command.SetAction(parseResult => run(ToOptions(parseResult)));
    }

    /// <summary>Gets the command to parse the arguments with.</summary>
    public Command Command { get; }

    /// <summary>Gets the inputs argument.</summary>
    public Argument<string[]> Inputs { get; }

    /// <summary>Gets <c>--format</c>.</summary>
    public Option<string> Format { get; }

    /// <summary>Gets <c>--output</c>.</summary>
    public Option<string> Output { get; }

    /// <summary>Gets <c>--pattern</c>.</summary>
    public Option<string> Pattern { get; }

    /// <summary>Gets <c>--input-format</c>.</summary>
    public Option<string> InputFormatOption { get; }

    /// <summary>Gets <c>--strict</c>.</summary>
    public Option<bool> Strict { get; }

    /// <summary>Gets <c>--quiet</c>.</summary>
    public Option<bool> Quiet { get; }

    /// <summary>Gets the version the command reports: the informational version of this assembly.</summary>
    public static string Version { get; } =
        typeof(CliCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliCommand).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>
    /// Finds the first usage error of a parsed command line and describes it in one line, or returns
    /// <see langword="null"/> when the command line can run.
    /// </summary>
    /// <param name="parseResult">The result of parsing the arguments with <see cref="Command"/>.</param>
    /// <returns>A message without the <c>articleparser:</c> prefix, or <see langword="null"/>.</returns>
    public string? FindUsageError(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (parseResult.Errors.Count == 0 && parseResult.Action != Command.Action)
        {
            return null; // --help or --version: they run whatever else is on the line
        }

        // System.CommandLine hands an unknown "--fast" to the inputs argument as if it were a file
        // name; a name that starts with "-" is taken as an option unless it follows "--".
        var afterDoubleDash = parseResult.Tokens
            .SkipWhile(t => t.Type != TokenType.DoubleDash)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var inputTokens = parseResult.GetResult(Inputs)?.Tokens ?? [];
        foreach (var token in inputTokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-' && !afterDoubleDash.Contains(token))
            {
                return $"unknown option '{token.Value}'";
            }
        }

        if (parseResult.Errors.Count > 0)
        {
            return Describe(parseResult.Errors[0]);
        }

        if (inputTokens.Count(t => t.Value == "-") > 1)
        {
            return "standard input '-' can be given only once";
        }

        return null;
    }

    private string Describe(ParseError error) => error.SymbolResult switch
    {
        ArgumentResult { Tokens.Count: 0 } argument when argument.Argument == Inputs =>
            "missing input: give a file, a directory, or - for standard input",
        OptionResult { Tokens.Count: 0, Option: var option } when option.Arity.MinimumNumberOfValues > 0 =>
            $"{option.Name} needs a value: {ValueHint(option)}",
        _ => string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
    };

    private string ValueHint(Option option) =>
        option == Format ? FormatValues
        : option == InputFormatOption ? InputFormatValues
        : option == Pattern ? "a glob such as *.txt"
        : "a file";

    private CliOptions ToOptions(ParseResult parseResult) => new(
        parseResult.GetValue(Inputs) ?? [],
        ParseFormat(parseResult.GetValue(Format) ?? "json") ?? OutputFormat.Json,
        parseResult.GetValue(Output),
        parseResult.GetValue(Pattern) ?? CliOptions.DefaultPattern,
        parseResult.GetValue(Strict),
        parseResult.GetValue(Quiet))
    {
        InputFormat = ParseInputFormat(parseResult.GetValue(InputFormatOption) ?? "auto") ?? InputFormat.Auto,
    };

    private static InputFormat? ParseInputFormat(string value) => value switch
    {
        "auto" => InputFormat.Auto,
        "text" => InputFormat.Text,
        "html" => InputFormat.Html,
        _ => null,
    };

    private static OutputFormat? ParseFormat(string value) => value switch
    {
        "json" => OutputFormat.Json,
        "jsonl" => OutputFormat.JsonLines,
        "csv" => OutputFormat.Csv,
        _ => null,
    };

    /// <summary>Writes System.CommandLine's help at a fixed width, then the exit codes.</summary>
    private sealed class HelpWithExitCodesAction : SynchronousCommandLineAction
    {
        private readonly HelpAction _help = new() { MaxWidth = HelpWidth };

        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            _help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Exit codes:");
            output.WriteLine("  0  every input was parsed");
            output.WriteLine("  1  --strict found a warning or error in an input");
            output.WriteLine("  2  usage error, or an input or the output could not be found, read or written");
            output.WriteLine();
            output.WriteLine("Examples:");
            output.WriteLine("  articleparser front-page.txt");
            output.WriteLine("  articleparser archive/ --format csv --output entries.csv");
            output.WriteLine("  xclip -o -selection clipboard | articleparser - --strict");
            return CliApp.ExitOk;
        }
    }

    /// <summary>Prints this assembly's version (System.CommandLine's own action prints the entry assembly's).</summary>
    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return CliApp.ExitOk;
        }
    }
}
